package org.anju.leasing.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Base64;

import javax.imageio.ImageIO;

import org.anju.kernel.api.ProblemException;
import org.anju.leasing.infrastructure.Hashes;
import org.junit.jupiter.api.Test;

/**
 * R6.3a: signing on a phone: the SMS code is kept only as a hash bound to its lease, and the signature must be a real
 * handwritten drawing (a PNG with ink), not a blank canvas or something else.
 */
class SigningServiceTest {

    private static String dataUrl(BufferedImage image) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return "data:image/png;base64," + Base64.getEncoder().encodeToString(out.toByteArray());
    }

    private static BufferedImage canvas(int w, int h, boolean signed) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        if (signed) {
            g.setColor(new Color(20, 20, 60));
            g.setStroke(new BasicStroke(3));
            g.drawLine(20, 100, 120, 40);
            g.drawLine(120, 40, 250, 110);
        }
        g.dispose();
        return img;
    }

    private static String problemKey(Runnable r) {
        try {
            r.run();
        } catch (ProblemException e) {
            assertThat(e.status()).isEqualTo(400);
            assertThat(e.violations()).singleElement().satisfies(v -> assertThat(v.field()).isEqualTo("signature"));
            return e.violations().get(0).messageKey();
        }
        throw new AssertionError("accepted");
    }

    @Test
    void theCodeHashIsBoundToItsLease() {
        String h = SigningService.hash(42, "123456");
        assertThat(h).matches("[0-9a-f]{64}").doesNotContain("123456");
        assertThat(SigningService.hash(42, "123456")).isEqualTo(h);
        assertThat(SigningService.hash(43, "123456")).as("the same code for another lease").isNotEqualTo(h);
        assertThat(SigningService.hash(42, "123457")).isNotEqualTo(h);
        // SHA-256 of "42:123456", as any tool computes it
        assertThat(h).isEqualTo(Hashes.sha256Hex("42:123456"));
        assertThat(Hashes.sha256Hex("abc"))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void aDrawnSignatureIsAccepted() {
        String url = dataUrl(canvas(300, 150, true));
        byte[] png = SigningService.signatureImage(url);
        assertThat(png).isEqualTo(Base64.getDecoder().decode(url.substring("data:image/png;base64,".length())));
    }

    @Test
    void aBlankCanvasIsRefused() {
        assertThat(problemKey(() -> SigningService.signatureImage(dataUrl(canvas(300, 150, false)))))
                .isEqualTo("leasing.validation.signature.blank");
        BufferedImage transparent = new BufferedImage(300, 150, BufferedImage.TYPE_INT_ARGB);
        assertThat(problemKey(() -> SigningService.signatureImage(dataUrl(transparent))))
                .as("a transparent canvas").isEqualTo("leasing.validation.signature.blank");
    }

    @Test
    void aFewStrayDotsAreNotASignature() {
        BufferedImage img = canvas(300, 150, false);
        for (int i = 0; i < 10; i++) {
            img.setRGB(10 + i, 10, Color.BLACK.getRGB());
        }
        assertThat(SigningService.inked(img)).isEqualTo(10);
        assertThat(problemKey(() -> SigningService.signatureImage(dataUrl(img)))).isEqualTo("leasing.validation.signature.blank");
    }

    @Test
    void aTinyPictureIsRefused() {
        assertThat(problemKey(() -> SigningService.signatureImage(dataUrl(canvas(40, 15, true)))))
                .isEqualTo("leasing.validation.signature");
    }

    @Test
    void anythingButAPngDataUrlIsRefused() {
        assertThat(problemKey(() -> SigningService.signatureImage(null))).isEqualTo("leasing.validation.signature");
        assertThat(problemKey(() -> SigningService.signatureImage("data:image/jpeg;base64,AAAA")))
                .isEqualTo("leasing.validation.signature");
        assertThat(problemKey(() -> SigningService.signatureImage("data:image/png;base64,@@not base64@@")))
                .isEqualTo("leasing.validation.signature");
        String notAnImage = Base64.getEncoder().encodeToString("这不是图片".getBytes(java.nio.charset.StandardCharsets.UTF_8));
        assertThat(problemKey(() -> SigningService.signatureImage("data:image/png;base64," + notAnImage)))
                .isEqualTo("leasing.validation.signature");
    }

    @Test
    void aHugePictureIsRefusedBeforeItIsDecoded() {
        byte[] big = new byte[512 * 1024 + 1];
        String url = "data:image/png;base64," + Base64.getEncoder().encodeToString(big);
        assertThat(problemKey(() -> SigningService.signatureImage(url))).isEqualTo("leasing.validation.signature.size");
    }
}
