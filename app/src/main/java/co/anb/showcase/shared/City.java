package co.anb.showcase.shared;

/**
 * A municipality of DANE's DIVIPOLA. {@code display} is the one spelling stored in {@code users.city} and shown
 * everywhere: the municipality's name, or "name, department" when another municipality of that name is the one
 * the bare name means (see docs/cities.md), so that every stored value names exactly one municipality.
 */
public record City(String display, String name, String department, String daneCode) {

    /** DANE numbers a department's capital municipality 001. */
    public boolean isDepartmentCapital() {
        return daneCode.endsWith("001");
    }
}
