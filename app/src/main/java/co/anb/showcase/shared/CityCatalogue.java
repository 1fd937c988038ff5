package co.anb.showcase.shared;

import java.text.Collator;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Colombia's municipalities (DANE's DIVIPOLA, shipped in {@code cities/divipola.csv}) and the rule that turns what
 * a person typed into one of them. Read once per JVM: the list is reference data that changes with a release, not
 * state nodes must share. The rules are in docs/cities.md.
 */
public final class CityCatalogue {

    /** Names people use for a department instead of DANE's, folded. */
    private static final Map<String, String> DEPARTMENT_ALIASES = Map.of(
            "valle", "valledelcauca",
            "guajira", "laguajira",
            "sanandres", "sanandresyprovidencia",
            "archipielagodesanandresprovidenciaysantacatalina", "sanandresyprovidencia");

    private static final CityCatalogue INSTANCE = new CityCatalogue(CityCatalogueFile.read());

    private final List<City> all;
    /** Folded name (or alias) to the municipality the bare name means. */
    private final Map<String, City> byName;
    /** Folded name + "|" + folded department to the municipality. */
    private final Map<String, City> byNameInDepartment;
    /** Folded department name or alias to the folded DANE department name. */
    private final Map<String, String> departments = new HashMap<>(DEPARTMENT_ALIASES);

    private CityCatalogue(CityCatalogueFile file) {
        this.all = file.cities().stream()
                .sorted(Comparator.comparing(City::display, spanishOrder()))
                .toList();
        this.byName = new HashMap<>(file.cities().stream()
                .filter(city -> city.display().equals(city.name()))
                .collect(Collectors.toMap(city -> CityKey.of(city.name()), Function.identity())));
        file.aliases().forEach((alias, city) -> byName.putIfAbsent(CityKey.of(alias), city));
        this.byNameInDepartment = file.cities().stream()
                .collect(Collectors.toMap(CityCatalogue::nameInDepartmentKey, Function.identity()));
        file.cities().forEach(city -> departments.put(CityKey.of(city.department()), CityKey.of(city.department())));
    }

    /** The municipality the text names, if it names one: "Name" or "Name, Department". */
    public static Optional<City> find(String typed) {
        return INSTANCE.lookUp(typed.strip());
    }

    /** What to store and compare: a known municipality's display name, or else the text as typed, trimmed. */
    public static String canonical(String typed) {
        return find(typed).map(City::display).orElse(typed.strip());
    }

    /** Every municipality, by display name in Spanish alphabetical order. */
    public static List<City> all() {
        return INSTANCE.all;
    }

    /** Compares as a Spanish reader expects: accents and case only break ties. */
    public static Comparator<String> spanishOrder() {
        Collator collator = Collator.getInstance(Locale.forLanguageTag("es-CO"));
        collator.setStrength(Collator.SECONDARY);
        return collator::compare;
    }

    private Optional<City> lookUp(String text) {
        int comma = text.lastIndexOf(',');
        if (comma > 0) {
            String department = departments.get(CityKey.of(text.substring(comma + 1)));
            if (department != null) {
                String name = CityKey.of(text.substring(0, comma));
                City inDepartment = byNameInDepartment.get(name + "|" + department);
                if (inDepartment != null) {
                    return Optional.of(inDepartment);
                }
                City aliased = byName.get(name);
                if (aliased != null && CityKey.of(aliased.department()).equals(department)) {
                    return Optional.of(aliased);
                }
            }
        }
        return Optional.ofNullable(byName.get(CityKey.of(text)));
    }

    private static String nameInDepartmentKey(City city) {
        return CityKey.of(city.name()) + "|" + CityKey.of(city.department());
    }
}
