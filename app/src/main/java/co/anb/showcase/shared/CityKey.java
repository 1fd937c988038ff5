package co.anb.showcase.shared;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The folded form of a city or department name, so that spellings people actually type meet: "Bogotá D.C.",
 * "BOGOTA DC", " bogota " and "Bogotá, Distrito Capital" all fold to {@code bogota}. Accents and case are dropped,
 * punctuation and spacing are ignored (so "Don Matías" meets "Donmatías"), and a trailing "D.C." or "Distrito
 * Capital" is dropped because people add it to Bogotá or leave it out at random.
 */
public final class CityKey {

    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern NOT_LETTER_OR_DIGIT = Pattern.compile("[^\\p{L}\\p{N}]+");
    private static final List<List<String>> CAPITAL_DISTRICT_SUFFIXES = List.of(
            List.of("d", "c"), List.of("dc"), List.of("distrito", "capital"));

    private CityKey() {
    }

    public static String of(String text) {
        String plain = MARKS.matcher(Normalizer.normalize(text, Normalizer.Form.NFD)).replaceAll("")
                .toLowerCase(Locale.ROOT);
        List<String> words = new ArrayList<>(Arrays.stream(NOT_LETTER_OR_DIGIT.split(plain))
                .filter(word -> !word.isEmpty())
                .toList());
        dropCapitalDistrictSuffix(words);
        return String.join("", words);
    }

    /** Only when a name is left, so that "D.C." alone still folds to something ("dc") rather than to nothing. */
    private static void dropCapitalDistrictSuffix(List<String> words) {
        for (List<String> suffix : CAPITAL_DISTRICT_SUFFIXES) {
            int start = words.size() - suffix.size();
            if (start > 0 && words.subList(start, words.size()).equals(suffix)) {
                words.subList(start, words.size()).clear();
                return;
            }
        }
    }
}
