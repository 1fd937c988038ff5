package co.anb.showcase.media;

/** The MP4's index contradicts itself or the file: a box, table, sample or chunk is not where it says. */
class BrokenMp4Exception extends Exception {

    BrokenMp4Exception(String reason) {
        super(reason);
    }
}
