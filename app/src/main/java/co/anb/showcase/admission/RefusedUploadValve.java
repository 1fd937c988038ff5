package co.anb.showcase.admission;

import jakarta.servlet.ServletException;
import java.io.IOException;
import org.apache.catalina.connector.Request;
import org.apache.catalina.connector.Response;
import org.apache.catalina.valves.ValveBase;
import org.apache.coyote.ActionCode;

/**
 * After a request refused before its body was read, closes the connection instead of reading the rest of the body.
 * Tomcat otherwise drains an unread body (up to {@code max-swallow-size}) on the request thread once the answer is
 * sent, so a refused upload trickling one byte at a time would hold a thread as long as an admitted one.
 */
class RefusedUploadValve extends ValveBase {

    /** Set on a request whose body is not to be read. */
    static final String DROP_BODY = RefusedUploadValve.class.getName() + ".dropBody";

    RefusedUploadValve() {
        super(true);
    }

    @Override
    public void invoke(Request request, Response response) throws IOException, ServletException {
        try {
            getNext().invoke(request, response);
        } finally {
            if (request.getAttribute(DROP_BODY) != null) {
                request.getCoyoteRequest().action(ActionCode.DISABLE_SWALLOW_INPUT, null);
            }
        }
    }
}
