package co.anb.showcase.shared;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CityCatalogueTest {

    @ParameterizedTest
    @ValueSource(strings = {"Bogota", "bogotá", "Bogotá D.C.", "BOGOTA DC", "  bogota  d.c ", "Bogotá, D.C.",
            "Bogotá Distrito Capital", "BOGOTÁ, DISTRITO CAPITAL", "Santafé de Bogotá", "bogota-d.c.",
            "Bogotá, Bogotá D.C."})
    void everySpellingOfBogotaFoldsToTheOneName(String typed) {
        assertThat(CityCatalogue.canonical(typed)).isEqualTo("Bogotá D.C.");
        assertThat(CityCatalogue.find(typed)).get().extracting(City::daneCode).isEqualTo("11001");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "medellin|Medellín", "MEDELLÍN|Medellín", "Medellín, Antioquia|Medellín",
            "cucuta|Cúcuta", "San José de Cúcuta|Cúcuta",
            "cartagena|Cartagena de Indias", "Cartagena, Bolívar|Cartagena de Indias",
            "Don Matías|Donmatías", "itagui|Itagüí", "  santa   marta |Santa Marta",
            "Buga|Guadalajara de Buga", "Tumaco|San Andrés de Tumaco", "pasto|Pasto", "cali|Cali",
            "Mirití Paraná|Mirití - Paraná", "Villa de Leiva|Villa de Leyva", "barranquilla.|Barranquilla"})
    void spellingsFoldToTheCatalogueName(String typed, String canonical) {
        assertThat(CityCatalogue.canonical(typed)).isEqualTo(canonical);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Rionegro|Rionegro|05615", "rionegro, antioquia|Rionegro|05615",
            "Rionegro, Santander|Rionegro, Santander|68615", "RIONEGRO,SANTANDER|Rionegro, Santander|68615",
            "Armenia|Armenia|63001", "Armenia, Antioquia|Armenia, Antioquia|05059",
            "Florencia|Florencia|18001", "Florencia, Cauca|Florencia, Cauca|19290",
            "La Unión|La Unión|76400", "La Union, Narino|La Unión, Nariño|52399",
            "Candelaria, Atlántico|Candelaria, Atlántico|08141", "Candelaria|Candelaria|76130",
            "Villanueva|Villanueva|44874", "Villanueva, Casanare|Villanueva, Casanare|85440",
            "San Andrés|San Andrés|88001",
            "Toledo|Toledo|05819", "Toledo, Norte de Santander|Toledo, Norte de Santander|54820"})
    void aSharedNameMeansOneMunicipalityUnlessTheDepartmentIsGiven(String typed, String canonical, String code) {
        assertThat(CityCatalogue.canonical(typed)).isEqualTo(canonical);
        assertThat(CityCatalogue.find(typed)).get().extracting(City::daneCode).isEqualTo(code);
    }

    @Test
    void theDisplayNameOfEveryMunicipalityFindsItAgain() {
        assertThat(CityCatalogue.all()).hasSizeGreaterThan(1100)
                .allSatisfy(city -> assertThat(CityCatalogue.find(city.display())).contains(city));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Springfield", "  Villa Perdida  ", "Medellín, Cundinamarca", "D.C."})
    void anUnknownCityIsKeptAsTypedTrimmed(String typed) {
        assertThat(CityCatalogue.find(typed)).isEmpty();
        assertThat(CityCatalogue.canonical(typed)).isEqualTo(typed.strip());
    }

    @Test
    void theFilterComparesTheCanonicalNameLowerCased() {
        assertThat(CityFilter.of(" BOGOTA dc ").normalized()).isEqualTo("bogotá d.c.");
        assertThat(CityFilter.of("Villa Perdida").normalized()).isEqualTo("villa perdida");
        assertThat(CityFilter.of(" ").isPresent()).isFalse();
    }

    @Test
    void keysIgnoreCaseAccentsSpacingAndPunctuation() {
        assertThat(CityKey.of("  Bogotá,  D.C. ")).isEqualTo("bogota");
        assertThat(CityKey.of("Peñol")).isEqualTo(CityKey.of("PENOL"));
        assertThat(CityKey.of("San Andrés de Tumaco")).isEqualTo("sanandresdetumaco");
    }
}
