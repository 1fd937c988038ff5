package co.anb.showcase.videos;

import co.anb.showcase.shared.ApiException;
import co.anb.showcase.shared.ProblemCodes;
import co.anb.showcase.shared.UploadLimits;
import co.anb.showcase.storage.MultipartStore.StoredPart;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What a client sends to open and complete a direct upload, and its checks: the declared title, name, type and
 * size before any work (the bytes are checked at completion), and the parts named at completion against what the
 * store holds.
 */
@Component
class DirectUploadRequests {

    static final String FILENAME_REQUIRED = "El nombre del archivo es obligatorio (campo 'filename').";
    static final String SIZE_REQUIRED = "El tamaño del archivo en bytes es obligatorio (campo 'size').";
    /** The parts named at completion are not the ones the store holds. */
    static final String PARTS_MISMATCH = "upload_incomplete";
    static final String PARTS_REQUIRED = "Indica las partes subidas (campo 'parts').";
    static final String PART_MISSING = "Falta la parte %d del archivo en el almacenamiento, o no coincide con la "
            + "enviada; súbela de nuevo.";
    static final String PARTS_REFUSED = "El almacenamiento rechazó las partes del archivo; reanuda la subida.";

    private final UploadValidator validator;
    private final UploadLimits limits;

    DirectUploadRequests(UploadValidator validator, UploadLimits limits) {
        this.validator = validator;
        this.limits = limits;
    }

    /** The contract upload's order: title, then the file (present, MP4, size). */
    Declared declared(Start request) {
        String title = validator.title(request.title());
        String filename = request.filename() == null ? "" : request.filename().strip();
        if (filename.isEmpty()) {
            throw ApiException.badRequest(ProblemCodes.VALIDATION_FAILED, FILENAME_REQUIRED);
        }
        boolean mp4Name = filename.toLowerCase(Locale.ROOT).endsWith(".mp4");
        if (!mp4Name || !"video/mp4".equalsIgnoreCase(String.valueOf(request.contentType()).strip())) {
            throw ApiException.badRequest(UploadValidator.INVALID_VIDEO, UploadValidator.NOT_MP4);
        }
        if (request.size() == null) {
            throw ApiException.badRequest(ProblemCodes.VALIDATION_FAILED, SIZE_REQUIRED);
        }
        if (request.size() <= 0) {
            throw ApiException.badRequest(UploadValidator.INVALID_VIDEO, UploadValidator.FILE_EMPTY);
        }
        if (request.size() > limits.maxSize().toBytes()) {
            throw ApiException.badRequest(ProblemCodes.PAYLOAD_TOO_LARGE, limits.tooLargeMessage());
        }
        return new Declared(title, request.size());
    }

    /**
     * Every part 1..n must be named, with the ETag the store gave it and the length the upload's size implies, so
     * the object has exactly the declared size.
     *
     * @return the parts to join, in order
     */
    List<StoredPart> matchingParts(DirectUpload upload, Complete request, List<StoredPart> stored) {
        if (request == null || request.parts() == null || request.parts().isEmpty()) {
            throw ApiException.badRequest(ProblemCodes.VALIDATION_FAILED, PARTS_REQUIRED);
        }
        Map<Integer, String> named = request.parts().stream()
                .filter(part -> part != null && part.partNumber() != null && part.etag() != null)
                .collect(Collectors.toMap(CompletedPart::partNumber, part -> unquoted(part.etag()),
                        (first, second) -> first));
        Map<Integer, StoredPart> held = stored.stream()
                .collect(Collectors.toMap(StoredPart::partNumber, Function.identity(), (first, second) -> second));
        List<StoredPart> parts = new ArrayList<>();
        for (int number = 1; number <= upload.partCount(); number++) {
            StoredPart part = held.get(number);
            if (part == null || !unquoted(part.etag()).equals(named.get(number))
                    || part.size() != upload.partLength(number)) {
                throw ApiException.badRequest(PARTS_MISMATCH, PART_MISSING.formatted(number));
            }
            parts.add(part);
        }
        return parts;
    }

    private static String unquoted(String etag) {
        return etag.strip().replace("\"", "");
    }

    record Start(String title, String filename, Long size, String contentType) {
    }

    record Complete(List<CompletedPart> parts) {
    }

    record CompletedPart(Integer partNumber, String etag) {
    }

    record Declared(String title, long size) {
    }
}
