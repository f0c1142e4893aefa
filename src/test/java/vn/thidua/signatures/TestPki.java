package vn.thidua.signatures;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.math.BigInteger;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import org.bouncycastle.asn1.ASN1ObjectIdentifier;
import org.bouncycastle.asn1.nist.NISTObjectIdentifiers;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.X500NameBuilder;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.bouncycastle.asn1.x509.AlgorithmIdentifier;
import org.bouncycastle.asn1.x509.BasicConstraints;
import org.bouncycastle.asn1.x509.CRLNumber;
import org.bouncycastle.asn1.x509.ExtendedKeyUsage;
import org.bouncycastle.asn1.x509.Extension;
import org.bouncycastle.asn1.x509.GeneralName;
import org.bouncycastle.asn1.x509.GeneralNames;
import org.bouncycastle.asn1.x509.KeyPurposeId;
import org.bouncycastle.asn1.x509.KeyUsage;
import org.bouncycastle.cert.X509CertificateHolder;
import org.bouncycastle.cert.X509v2CRLBuilder;
import org.bouncycastle.cert.jcajce.JcaCertStore;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.cms.jcajce.JcaSimpleSignerInfoGeneratorBuilder;
import org.bouncycastle.operator.ContentSigner;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;
import org.bouncycastle.operator.jcajce.JcaDigestCalculatorProviderBuilder;
import org.bouncycastle.tsp.TSPAlgorithms;
import org.bouncycastle.tsp.TimeStampRequest;
import org.bouncycastle.tsp.TimeStampResponse;
import org.bouncycastle.tsp.TimeStampResponseGenerator;
import org.bouncycastle.tsp.TimeStampTokenGenerator;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Assumptions;

/**
 * The tests' own PKI, nothing fetched: a root CA, people's certificates with their PKCS#12 files, a
 * timestamp authority over HTTP in the test's process, and a SoftHSM2 token holding a key.
 */
public final class TestPki implements AutoCloseable {

    // certificates valid over any clock a test may set: the tests' clock, the timestamp's real time
    private static final Date FROM = Date.from(Instant.parse("2000-01-01T00:00:00Z"));
    private static final Date UNTIL = Date.from(Instant.parse("2099-12-31T00:00:00Z"));

    public static final String PASSWORD = "matkhau-123";

    final KeyPair caKeys;
    final X509Certificate ca;
    private final AtomicLong serial = new AtomicLong(1000);
    private @Nullable HttpServer tsa;

    public TestPki(String caName) throws Exception {
        caKeys = rsa();
        X500Name name = new X500Name("CN=" + caName + ",O=Thi dua test,C=VN");
        JcaX509v3CertificateBuilder b =
                new JcaX509v3CertificateBuilder(name, BigInteger.ONE, FROM, UNTIL, name, caKeys.getPublic());
        b.addExtension(Extension.basicConstraints, true, new BasicConstraints(true));
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.keyCertSign | KeyUsage.cRLSign));
        ca = certificate(b, caKeys.getPrivate());
    }

    public record Person(KeyPair keys, X509Certificate certificate, byte[] pkcs12) {}

    public Person person(String fullName, @Nullable String email) throws Exception {
        KeyPair keys = rsa();
        X500NameBuilder subject = new X500NameBuilder(BCStyle.INSTANCE)
                .addRDN(BCStyle.CN, fullName)
                .addRDN(BCStyle.C, "VN");
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                BigInteger.valueOf(serial.incrementAndGet()),
                FROM,
                UNTIL,
                subject.build(),
                keys.getPublic());
        b.addExtension(Extension.keyUsage, true, new KeyUsage(KeyUsage.digitalSignature | KeyUsage.nonRepudiation));
        if (email != null) {
            b.addExtension(
                    Extension.subjectAlternativeName,
                    false,
                    new GeneralNames(new GeneralName(GeneralName.rfc822Name, email)));
        }
        X509Certificate cert = certificate(b, caKeys.getPrivate());
        KeyStore store = KeyStore.getInstance("PKCS12");
        store.load(null, null);
        store.setKeyEntry("signer", keys.getPrivate(), PASSWORD.toCharArray(), new Certificate[] {cert, ca});
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        store.store(out, PASSWORD.toCharArray());
        return new Person(keys, cert, out.toByteArray());
    }

    /** An RFC 3161 timestamp authority answering on localhost; its URL. */
    public String startTsa() throws Exception {
        KeyPair keys = rsa();
        JcaX509v3CertificateBuilder b = new JcaX509v3CertificateBuilder(
                X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()),
                BigInteger.valueOf(serial.incrementAndGet()),
                FROM,
                UNTIL,
                new X500Name("CN=Test TSA,O=Thi dua test,C=VN"),
                keys.getPublic());
        b.addExtension(Extension.extendedKeyUsage, true, new ExtendedKeyUsage(KeyPurposeId.id_kp_timeStamping));
        X509Certificate cert = certificate(b, caKeys.getPrivate());
        TimeStampTokenGenerator tokens = new TimeStampTokenGenerator(
                new JcaSimpleSignerInfoGeneratorBuilder().build("SHA256withRSA", keys.getPrivate(), cert),
                new JcaDigestCalculatorProviderBuilder()
                        .build()
                        .get(new AlgorithmIdentifier(NISTObjectIdentifiers.id_sha256)),
                new ASN1ObjectIdentifier("1.2.3.4.1"));
        tokens.addCertificates(new JcaCertStore(List.of(cert, ca)));
        TimeStampResponseGenerator responses = new TimeStampResponseGenerator(tokens, TSPAlgorithms.ALLOWED);
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/tsa", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                TimeStampRequest request = new TimeStampRequest(in.readAllBytes());
                TimeStampResponse response =
                        responses.generate(request, BigInteger.valueOf(serial.incrementAndGet()), new Date());
                byte[] body = response.getEncoded();
                exchange.getResponseHeaders().add("Content-Type", "application/timestamp-reply");
                exchange.sendResponseHeaders(200, body.length);
                exchange.getResponseBody().write(body);
            } catch (Exception e) {
                byte[] body = e.toString().getBytes(StandardCharsets.UTF_8);
                exchange.sendResponseHeaders(500, body.length);
                exchange.getResponseBody().write(body);
            } finally {
                exchange.close();
            }
        });
        server.start();
        tsa = server;
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/tsa";
    }

    /** The CA's revocation list (DER), nothing revoked, current from a minute ago for 30 days. */
    public byte[] crl() throws Exception {
        long now = System.currentTimeMillis();
        X509v2CRLBuilder b = new X509v2CRLBuilder(
                X500Name.getInstance(ca.getSubjectX500Principal().getEncoded()), new Date(now - 60_000));
        b.setNextUpdate(new Date(now + 30L * 24 * 3600 * 1000));
        b.addExtension(Extension.cRLNumber, false, new CRLNumber(BigInteger.ONE));
        return b.build(new JcaContentSignerBuilder("SHA256withRSA").build(caKeys.getPrivate()))
                .getEncoded();
    }

    void writeCa(Path directory) throws Exception {
        Files.createDirectories(directory);
        Files.write(directory.resolve("root-ca.cer"), ca.getEncoded());
    }

    @Override
    public void close() {
        if (tsa != null) {
            tsa.stop(0);
        }
    }

    public static boolean has(String tool) {
        for (String dir : System.getenv().getOrDefault("PATH", "/usr/bin").split(":")) {
            if (Files.isExecutable(Path.of(dir, tool))) {
                return true;
            }
        }
        return false;
    }

    /** Skipped locally when the tool is missing; on CI (CI=true) a missing tool fails the test. */
    public static void require(String... tools) {
        for (String tool : tools) {
            if (!has(tool)) {
                if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                    throw new IllegalStateException("CI=true but " + tool + " is missing (.ci/run installs it)");
                }
                Assumptions.abort(tool + " is not installed");
            }
        }
    }

    /** Runs a command; its output, failing on a non-zero exit unless told otherwise. */
    public static Result run(List<String> command, @Nullable Path softhsmConf) throws Exception {
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        if (softhsmConf != null) {
            pb.environment().put("SOFTHSM2_CONF", softhsmConf.toString());
        }
        Process p = pb.start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + command);
        }
        return new Result(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }

    public record Result(int exit, String output) {}

    /** The Debian SoftHSM2 module. */
    static Path softhsmModule() {
        for (String candidate :
                List.of("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")) {
            if (Files.exists(Path.of(candidate))) {
                return Path.of(candidate);
            }
        }
        throw new IllegalStateException("libsofthsm2.so not found");
    }

    /**
     * A fresh SoftHSM2 token (label t, PIN 1234) in the directory SOFTHSM2_CONF names (target/softhsm), holding the
     * person's key and certificate (imported with pkcs11-tool). The configuration file to point SOFTHSM2_CONF at.
     */
    static Path softhsmToken(Person person) throws Exception {
        String configured = System.getenv("SOFTHSM2_CONF");
        if (configured == null) {
            throw new IllegalStateException("SOFTHSM2_CONF is not set (the pom sets it for surefire)");
        }
        Path conf = Path.of(configured);
        Path dir = Files.createDirectories(conf.getParent());
        Path tokens = dir.resolve("tokens");
        if (Files.exists(tokens)) {
            try (var walk = Files.walk(tokens)) {
                walk.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
            }
        }
        Files.createDirectories(tokens);
        Files.writeString(
                conf, "directories.tokendir = " + tokens + "\nobjectstore.backend = file\nlog.level = ERROR\n");
        check(run(
                List.of("softhsm2-util", "--init-token", "--free", "--label", "t", "--pin", "1234", "--so-pin", "1234"),
                conf));
        Path key = dir.resolve("key.der");
        Files.write(key, person.keys().getPrivate().getEncoded());
        Path cert = dir.resolve("cert.der");
        Files.write(cert, person.certificate().getEncoded());
        String module = softhsmModule().toString();
        writeObject(module, conf, key, "privkey");
        writeObject(module, conf, cert, "cert");
        return conf;
    }

    /** Writes the file into the token as the object "signer" (id 01) of that type. */
    private static void writeObject(String module, Path conf, Path file, String type) throws Exception {
        check(run(
                List.of(
                        "pkcs11-tool",
                        "--module",
                        module,
                        "--token-label",
                        "t",
                        "--login",
                        "--pin",
                        "1234",
                        "--write-object",
                        file.toString(),
                        "--type",
                        type,
                        "--id",
                        "01",
                        "--label",
                        "signer"),
                conf));
    }

    private static void check(Result r) {
        if (r.exit() != 0) {
            throw new IllegalStateException(r.output());
        }
    }

    private static KeyPair rsa() throws Exception {
        KeyPairGenerator g = KeyPairGenerator.getInstance("RSA");
        g.initialize(2048);
        return g.generateKeyPair();
    }

    private static X509Certificate certificate(JcaX509v3CertificateBuilder b, PrivateKey issuer) throws Exception {
        ContentSigner signer = new JcaContentSignerBuilder("SHA256withRSA").build(issuer);
        X509CertificateHolder holder = b.build(signer);
        return new JcaX509CertificateConverter().getCertificate(holder);
    }
}
