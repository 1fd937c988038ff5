package co.anb.showcase.shared;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/**
 * The catalogue as shipped: {@code cities/divipola.csv} (DANE code, name, department) and {@code cities/aliases.csv}
 * (other names for a municipality, and which one a name shared by several municipalities means). Each city gets its
 * display name here: the bare name for the municipality a shared name means, "name, department" for the others.
 */
record CityCatalogueFile(List<City> cities, Map<String, City> aliases) {

    private static final CSVFormat WITH_HEADER = CSVFormat.DEFAULT.builder()
            .setHeader().setSkipHeaderRecord(true).get();

    static CityCatalogueFile read() {
        List<CSVRecord> municipalities = records("/cities/divipola.csv");
        Map<String, String> aliasCodes = new LinkedHashMap<>();
        records("/cities/aliases.csv").forEach(row -> aliasCodes.put(row.get("alias"), row.get("dane_code")));
        Map<String, List<CSVRecord>> byName = municipalities.stream()
                .collect(Collectors.groupingBy(row -> CityKey.of(row.get("name")), LinkedHashMap::new,
                        Collectors.toList()));
        List<City> cities = new ArrayList<>();
        byName.forEach((key, sameName) -> {
            String meant = meantBy(key, sameName, aliasCodes).get("dane_code");
            sameName.forEach(row -> cities.add(city(row, row.get("dane_code").equals(meant))));
        });
        Map<String, City> byCode = cities.stream().collect(Collectors.toMap(City::daneCode, Function.identity()));
        Map<String, City> aliases = new LinkedHashMap<>();
        aliasCodes.forEach((alias, code) -> aliases.put(alias, Optional.ofNullable(byCode.get(code))
                .orElseThrow(() -> new IllegalStateException("Alias " + alias + " names unknown code " + code))));
        return new CityCatalogueFile(List.copyOf(cities), aliases);
    }

    /**
     * Which municipality a name shared by several means: the one aliases.csv pins (the most populous, chosen by
     * hand since DIVIPOLA carries no population), else a department capital, else the lowest DANE code.
     */
    private static CSVRecord meantBy(String key, List<CSVRecord> sameName, Map<String, String> aliasCodes) {
        Comparator<CSVRecord> capitalFirst = Comparator.comparing(
                (CSVRecord row) -> !row.get("dane_code").endsWith("001"));
        return aliasCodes.entrySet().stream()
                .filter(alias -> CityKey.of(alias.getKey()).equals(key))
                .flatMap(alias -> sameName.stream().filter(row -> row.get("dane_code").equals(alias.getValue())))
                .findFirst()
                .orElseGet(() -> sameName.stream()
                        .min(capitalFirst.thenComparing(row -> row.get("dane_code")))
                        .orElseThrow());
    }

    private static City city(CSVRecord row, boolean meantByName) {
        String name = row.get("name");
        String department = row.get("department");
        return new City(meantByName ? name : name + ", " + department, name, department, row.get("dane_code"));
    }

    private static List<CSVRecord> records(String resource) {
        try (InputStream in = CityCatalogueFile.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("Missing " + resource);
            }
            try (Reader reader = new InputStreamReader(in, StandardCharsets.UTF_8)) {
                return WITH_HEADER.parse(reader).getRecords();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
