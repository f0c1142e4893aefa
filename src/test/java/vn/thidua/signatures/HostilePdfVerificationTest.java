package vn.thidua.signatures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import vn.thidua.platform.files.FileKinds;
import vn.thidua.platform.files.PdfScreen;

/**
 * What an attacker may send to the verification (any signed-in person) and to signing: each hostile file
 * is refused with its own code (a Vietnamese message), in seconds, before a parser holds it whole.
 */
class HostilePdfVerificationTest {

    static TestPki pki;
    static TestPki.Person person;
    static byte[] signed;

    @BeforeAll
    static void sign() throws Exception {
        pki = new TestPki("Test Root CA");
        person = pki.person(PadesSignerTest.SIGNER, null);
        signed = new PadesSigner(null, 0, null)
                .sign(PadesSignerTest.decisionPdf(PadesSignerTest.SIGNER), key(person.pkcs12()), appearance(null))
                .content();
    }

    @AfterAll
    static void stop() {
        pki.close();
    }

    @Test
    void anOrdinarySignedPdfPassesTheScreenAndIsVerified() {
        PdfScreen.Result screened = PdfScreen.screen(signed, PdfScreen.Limits.DEFAULT);
        assertThat(screened.accepted()).isTrue();
        assertThat(screened.signatures()).isEqualTo(1);
        assertThat(verifier().verify(signed, "qd.pdf").signatures()).hasSize(1);
    }

    @Test
    void aDecompressionBombIsRefusedBeforeAnyParserInflatesIt() {
        byte[] bomb = HostileFiles.bomb(300, 1);
        assertThat(bomb.length).isLessThan(1024 * 1024);
        assertRefusedFast(() -> verifier().verify(bomb, "bom.pdf"), "signature.verify.bomb");
        // a dossier's or an evidence's upload is refused by the same screen, before PDFBox opens it
        assertThat(FileKinds.contentType("bom.pdf", bomb)).isEmpty();
    }

    @Test
    void aBombCompressedTwiceIsRefusedAsWell() {
        byte[] bomb = HostileFiles.bomb(300, 2);
        assertThat(bomb.length).isLessThan(64 * 1024);
        assertRefusedFast(() -> verifier().verify(bomb, "bom.pdf"), "signature.verify.bomb");
    }

    @Test
    void aBombThatCallsItselfASmallImageOrNamesImagesInItsDictionaryIsRefusedToo() {
        byte[] smallImage = HostileFiles.bombWith(300, "/Subtype /Image /Width 10 /Height 10");
        byte[] procSet = HostileFiles.bombWith(300, "/Resources << /ProcSet [/PDF /ImageB] >>");
        assertRefusedFast(() -> verifier().verify(smallImage, "anh.pdf"), "signature.verify.bomb");
        assertRefusedFast(() -> verifier().verify(procSet, "procset.pdf"), "signature.verify.bomb");
        // a scanned page's picture rightly inflates to its size, beyond the budget of the rest: accepted
        assertThat(PdfScreen.screen(HostileFiles.pdfWithImage(7000, 7000), PdfScreen.Limits.DEFAULT)
                        .accepted())
                .isTrue();
        assertThat(PdfScreen.screen(HostileFiles.pdfWithImage(20_000, 20_000), PdfScreen.Limits.DEFAULT)
                        .verdict())
                .isEqualTo(PdfScreen.Verdict.IMAGE_TOO_LARGE);
    }

    @Test
    void aTruncatedPdfIsNotReadable() {
        assertRefusedFast(
                () -> verifier().verify(HostileFiles.truncated(signed), "cut.pdf"), "signature.verify.notPdf");
    }

    @Test
    void anEncryptedPdfIsRefusedAsEncrypted() {
        assertRefusedFast(
                () -> verifier().verify(HostileFiles.encrypted(), "mat-khau.pdf"), "signature.verify.encrypted");
    }

    @Test
    void thousandsOfSignatureFieldsAreRefusedEvenInsideCompressedObjectStreams() {
        byte[] many = HostileFiles.manySignatures(2000);
        assertRefusedFast(() -> verifier().verify(many, "nhieu-chu-ky.pdf"), "signature.verify.tooManySignatures");
    }

    @Test
    void aVerificationThatOutrunsItsTimeIsGivenUp() {
        PadesVerifier impatient = new PadesVerifier(List.of(), PdfScreen.Limits.DEFAULT, Duration.ofMillis(1));
        assertRefusedFast(() -> impatient.verify(signed, "qd.pdf"), "signature.verify.timeout");
        // its place is given back once the work ends: the next verification runs
        await(() -> verifier().verify(signed, "qd.pdf").signatures().size() == 1);
    }

    @Test
    void aKeyFileThatIsGarbageIsRefusedAsUnreadable() {
        assertRefusedFast(
                () -> new PadesSigner(null, 0, null).certificate(key(HostileFiles.garbageKey())),
                "signature.key.unreadable");
    }

    @Test
    void aSignaturePictureDeclaringGigapixelsIsRefusedBeforeItIsDecoded() {
        assertRefusedFast(
                () -> new PadesSigner(null, 0, null)
                        .sign(
                                PadesSignerTest.decisionPdf(PadesSignerTest.SIGNER),
                                key(person.pkcs12()),
                                appearance(HostileFiles.hugePng(60_000))),
                "signature.image.tooLarge");
        assertRefusedFast(
                () -> new PadesSigner(null, 0, null)
                        .sign(
                                PadesSignerTest.decisionPdf(PadesSignerTest.SIGNER),
                                key(person.pkcs12()),
                                appearance("not a picture".getBytes(StandardCharsets.UTF_8))),
                "signature.image.unreadable");
    }

    private static PadesVerifier verifier() {
        return new PadesVerifier(List.of());
    }

    private static void assertRefusedFast(ThrowingSupplier<?> work, String code) {
        long start = System.nanoTime();
        assertThatThrownBy(work::get)
                .isInstanceOfSatisfying(
                        SigningFailure.class, f -> assertThat(f.code()).isEqualTo(code));
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(10));
    }

    private static void await(BooleanSupplier done) {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (true) {
            try {
                if (done.getAsBoolean()) {
                    return;
                }
            } catch (SigningFailure busy) {
                // the given-up work still holds its place
            }
            assertThat(System.nanoTime()).isLessThan(until);
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    private static SigningKey key(byte[] p12) {
        return new SigningKey.Pkcs12(p12, TestPki.PASSWORD.toCharArray());
    }

    private static Appearance appearance(byte @Nullable [] image) {
        return new Appearance(
                PadesSignerTest.SIGNER,
                PadesSignerTest.SIGNER,
                "UBND tỉnh Lạng Sơn",
                ZonedDateTime.now(ZoneId.of("Asia/Ho_Chi_Minh")),
                image,
                null);
    }
}
