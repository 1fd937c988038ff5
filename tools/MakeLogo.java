import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.GlyphVector;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.io.File;
import javax.imageio.ImageIO;

/**
 * Draws the ANB logo the worker stamps on every video (a basketball and the letters ANB, transparent background).
 * The PNG is committed under app/src/main/resources/media; re-run to change it:
 * {@code java tools/MakeLogo.java app/src/main/resources/media/anb-logo.png}
 */
public class MakeLogo {

    public static void main(String[] args) throws Exception {
        Font font = new Font("DejaVu Sans", Font.BOLD, 180);
        int textWidth = (int) Math.ceil(font.createGlyphVector(
                new java.awt.font.FontRenderContext(null, true, true), "ANB").getVisualBounds().getWidth());
        int width = 310 + textWidth + 30;
        int height = 300;
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);

        // the ball
        double ball = 260;
        double x = 20;
        double y = 20;
        g.setColor(new Color(0xF2, 0x6B, 0x1D));
        g.fill(new Ellipse2D.Double(x, y, ball, ball));
        g.setColor(new Color(0x22, 0x16, 0x10));
        g.setStroke(new BasicStroke(9f));
        g.draw(new Ellipse2D.Double(x, y, ball, ball));
        g.draw(new Line2D.Double(x + ball / 2, y, x + ball / 2, y + ball));
        g.draw(new Line2D.Double(x, y + ball / 2, x + ball, y + ball / 2));
        g.draw(new Arc2D.Double(x - ball * 0.55, y + ball * 0.1, ball * 0.8, ball * 0.8, -50, 100, Arc2D.OPEN));
        g.draw(new Arc2D.Double(x + ball * 0.75, y + ball * 0.1, ball * 0.8, ball * 0.8, 130, 100, Arc2D.OPEN));

        // the letters, white with a dark outline so they read on any frame
        GlyphVector letters = font.createGlyphVector(g.getFontRenderContext(), "ANB");
        var outline = letters.getOutline(305f, 215f);
        g.setStroke(new BasicStroke(14f, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        g.setColor(new Color(0x22, 0x16, 0x10));
        g.draw(outline);
        g.setColor(Color.WHITE);
        g.fill(outline);
        g.dispose();
        ImageIO.write(image, "png", new File(args[0]));
    }
}
