package co.anb.showcase.local;

import java.util.List;
import org.gaul.s3proxy.CrossOriginResourceSharing;

/** The local store's CORS rules, the counterpart of the media bucket's CORS configuration on AWS. */
final class StoreCors {

    private StoreCors() {
    }

    /**
     * The web UI sends upload parts straight to the store with presigned URLs, from the app's origin (any loopback
     * port: tests start the app on a random one); reading each part's ETag needs it exposed, as on the S3 bucket.
     * s3proxy reads the origins as regular expressions.
     */
    static CrossOriginResourceSharing browserUploads() {
        return new CrossOriginResourceSharing(
                List.of("http://127\\.0\\.0\\.1:\\d+", "http://localhost:\\d+"),
                List.of("GET", "HEAD", "PUT"), List.of("*"), List.of("ETag"), "false");
    }
}
