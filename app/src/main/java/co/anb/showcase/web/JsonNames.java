package co.anb.showcase.web;

/** The API speaks snake_case JSON; Java speaks camelCase. Error messages must name fields as the client sent them. */
final class JsonNames {

    private JsonNames() {
    }

    static String snakeCase(String camelCase) {
        return camelCase.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(java.util.Locale.ROOT);
    }
}
