package co.anb.showcase.infra.scaling;

/** What a scaling policy may know about the group when it is invoked. */
record GroupView(int minute, int desired, int inService, int booting, int min, int max) {

    int clamp(int capacity) {
        return Math.max(min, Math.min(max, capacity));
    }
}
