package vn.thidua.platform.files;

import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * A look at a PDF's raw bytes before any PDF library parses it, in constant memory: PDFBox inflates a
 * compressed stream (an object stream, a cross-reference stream, a page's content) whole into memory
 * and its memory settings do not bound that, so a few kilobytes that inflate to gigabytes (a
 * decompression bomb, also nested: a compressed stream of a compressed stream) would fill the heap.
 * Here every compressed stream other than an attached file is inflated into a small buffer and
 * thrown away, counting the bytes against a budget; an image (a scan may rightly inflate to hundreds
 * of megabytes) is counted apart, against its declared size, itself limited. Signatures ({@code /ByteRange}, also
 * inside object streams) and revisions ({@code %%EOF}) are counted, since verification costs grow with their product.
 */
public final class PdfScreen {

    /** What a PDF may hold before it is parsed. */
    public record Limits(long maxInflatedBytes, int maxSignatures, int maxRevisions, long maxImagePixels) {

        /**
         * 100 MB inflated (a text document of hundreds of pages inflates to a few MB; scanned pages are
         * images, not counted), 50 signatures, 200 revisions, 100 megapixels an image (an A4 page at 600 dpi
         * is 35).
         */
        public static final Limits DEFAULT = new Limits(100L * 1024 * 1024, 50, 200, 100_000_000L);
    }

    public enum Verdict {
        ACCEPTED,
        NOT_PDF,
        /** Inflates beyond the budget: a decompression bomb or not a document to handle online. */
        INFLATES_TOO_MUCH,
        IMAGE_TOO_LARGE,
        TOO_MANY_SIGNATURES,
        TOO_MANY_REVISIONS
    }

    /** The verdict and what was counted on the way (counting stops at the first limit passed). */
    public record Result(Verdict verdict, int signatures, int revisions, long inflatedBytes) {

        public boolean accepted() {
            return verdict == Verdict.ACCEPTED;
        }
    }

    private static final byte[] STREAM = ascii("stream");
    private static final byte[] END = ascii("end");
    private static final byte[] BYTE_RANGE = ascii("/ByteRange");
    private static final byte[] EOF = ascii("%%EOF");
    /** How far back a stream's dictionary is looked for. */
    private static final int DICTIONARY_REACH = 8192;
    /** A compressed stream of a compressed stream of …: deeper than this is refused as a bomb. */
    private static final int MAX_NESTING = 4;

    private PdfScreen() {}

    public static Result screen(byte[] pdf, Limits limits) {
        if (pdf.length < 8 || !startsWith(pdf, 0, ascii("%PDF-"))) {
            return new Result(Verdict.NOT_PDF, 0, 0, 0);
        }
        Counts counts = new Counts(limits);
        counts.revisions = occurrences(pdf, EOF);
        int tail = Math.max(0, pdf.length - 1024);
        if (counts.revisions == 0 || occurrences(pdf, tail, pdf.length, EOF) == 0) {
            // a file ends with the %%EOF of its last revision (within its last 1024 bytes, as readers allow): else it
            // was cut short
            return counts.result(Verdict.NOT_PDF);
        }
        if (counts.revisions > limits.maxRevisions()) {
            return counts.result(Verdict.TOO_MANY_REVISIONS);
        }
        counts.signatures = occurrences(pdf, BYTE_RANGE);
        if (counts.signatures > limits.maxSignatures()) {
            return counts.result(Verdict.TOO_MANY_SIGNATURES);
        }
        int at = 0;
        while ((at = indexOf(pdf, STREAM, at)) >= 0) {
            int keyword = at;
            at += STREAM.length;
            if (keyword >= END.length && startsWith(pdf, keyword - END.length, END)) {
                continue; // "endstream"
            }
            int data = at;
            if (data < pdf.length && pdf[data] == '\r') {
                data++;
            }
            if (data >= pdf.length || pdf[data] != '\n') {
                if (data == at) {
                    continue; // "stream" inside a word or a name, not the keyword
                }
            } else {
                data++;
            }
            String dictionary = dictionaryBefore(pdf, keyword);
            Verdict verdict;
            if (IMAGE.matcher(dictionary).find()) {
                verdict = image(dictionary, limits);
                if (verdict == Verdict.ACCEPTED) {
                    // drawing a page decodes its images whole: one may inflate to its declared size, no more
                    long width = number(dictionary, WIDTH);
                    long height = number(dictionary, HEIGHT);
                    counts.imageCap = width < 0 || height < 0 ? -1 : width * height * 4 + height + 65_536;
                    verdict = counts.inflate(pdf, data);
                    counts.imageCap = -1;
                }
            } else if (ATTACHMENT.matcher(dictionary).find()) {
                verdict = Verdict.ACCEPTED; // an attached file: no reader of ours opens it
            } else {
                verdict = counts.inflate(pdf, data);
            }
            if (verdict != Verdict.ACCEPTED) {
                return counts.result(verdict);
            }
            at = data;
        }
        return counts.result(Verdict.ACCEPTED);
    }

    private static final class Counts {
        private final Limits limits;
        int signatures;
        int revisions;
        long inflated;
        /**
         * While an image of known size is inflated: what it may give (counted apart from the file's budget); else -1.
         */
        long imageCap = -1;

        long imageInflated;

        Counts(Limits limits) {
            this.limits = limits;
        }

        Result result(Verdict verdict) {
            return new Result(verdict, signatures, revisions, inflated);
        }

        /**
         * Inflates one stream (and what it holds, when that is compressed again), counting; data not compressed is
         * left.
         */
        Verdict inflate(byte[] pdf, int from) {
            imageInflated = 0;
            if (!zlibHeader(pdf, from)) {
                return Verdict.ACCEPTED;
            }
            InputStream in = new ByteArrayInputStream(pdf, from, pdf.length - from);
            try {
                for (int depth = 1; ; depth++) {
                    in = new Counted(new InflaterInputStream(in, new Inflater(), 8192), this);
                    BufferedInputStream peek = new BufferedInputStream(in, 8192);
                    peek.mark(2);
                    byte[] head = peek.readNBytes(2);
                    peek.reset();
                    in = peek;
                    if (!zlibHeader(head, 0)) {
                        break;
                    }
                    if (depth >= MAX_NESTING) {
                        return Verdict.INFLATES_TOO_MUCH;
                    }
                }
                byte[] buffer = new byte[16384];
                int carry = 0;
                for (int n; (n = in.read(buffer, carry, buffer.length - carry)) > 0; ) {
                    int filled = carry + n;
                    signatures += occurrences(buffer, 0, filled, BYTE_RANGE);
                    if (signatures > limits.maxSignatures()) {
                        return Verdict.TOO_MANY_SIGNATURES;
                    }
                    // keep the tail, so that a name cut between two reads is still seen, but counted once
                    carry = Math.min(BYTE_RANGE.length - 1, filled);
                    System.arraycopy(buffer, filled - carry, buffer, 0, carry);
                }
            } catch (TooMuch e) {
                return Verdict.INFLATES_TOO_MUCH;
            } catch (IOException e) {
                // not compressed after all, or cut short: what did inflate is counted, the parser will judge the rest
            }
            return Verdict.ACCEPTED;
        }
    }

    /** Counts every byte an inflating level gives against the file's budget. */
    private static final class Counted extends FilterInputStream {
        private final Counts counts;

        Counted(InputStream in, Counts counts) {
            super(in);
            this.counts = counts;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                add(1);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                add(n);
            }
            return n;
        }

        private void add(long n) {
            if (counts.imageCap >= 0) {
                counts.imageInflated += n;
                if (counts.imageInflated > counts.imageCap) {
                    throw new TooMuch();
                }
                return;
            }
            counts.inflated += n;
            if (counts.inflated > counts.limits.maxInflatedBytes()) {
                throw new TooMuch();
            }
        }
    }

    private static final class TooMuch extends RuntimeException {
        private static final long serialVersionUID = 1L;

        TooMuch() {
            super(null, null, false, false);
        }
    }

    private static Verdict image(String dictionary, Limits limits) {
        long width = number(dictionary, WIDTH);
        long height = number(dictionary, HEIGHT);
        if (width < 0 || height < 0) {
            return Verdict.ACCEPTED; // given indirectly: PDFBox checks the data's length against it
        }
        return width * height > limits.maxImagePixels() ? Verdict.IMAGE_TOO_LARGE : Verdict.ACCEPTED;
    }

    /** A stream's own type, not a name in its resources' ProcSet ("/ImageB"): the marker that skips counting. */
    private static final Pattern IMAGE = Pattern.compile("/Subtype\\s*/Image(?![A-Za-z0-9])");

    private static final Pattern ATTACHMENT = Pattern.compile("/Type\\s*/EmbeddedFile(?![A-Za-z0-9])");

    private static final Pattern WIDTH = direct("/Width");
    private static final Pattern HEIGHT = direct("/Height");

    private static Pattern direct(String key) {
        return Pattern.compile(Pattern.quote(key) + "\\s*(\\d{1,12})(?!\\d)(?!\\s+\\d+\\s+R)");
    }

    /** A direct integer after the key (not a reference "12 0 R"), or -1. */
    private static long number(String dictionary, Pattern key) {
        Matcher m = key.matcher(dictionary);
        return m.find() ? Long.parseLong(m.group(1)) : -1;
    }

    /** The stream's dictionary: from the "<<" that opens it to the keyword, nested dictionaries included. */
    private static String dictionaryBefore(byte[] pdf, int keyword) {
        int depth = 0;
        int floor = Math.max(0, keyword - DICTIONARY_REACH);
        for (int i = keyword - 1; i > floor; i--) {
            if (pdf[i] == '>' && pdf[i - 1] == '>') {
                depth++;
                i--;
            } else if (pdf[i] == '<' && pdf[i - 1] == '<') {
                depth--;
                i--;
                if (depth == 0) {
                    return new String(pdf, i, keyword - i, StandardCharsets.ISO_8859_1);
                }
            }
        }
        return new String(pdf, floor, keyword - floor, StandardCharsets.ISO_8859_1);
    }

    /** RFC 1950: deflate, a window of at most 32 KB, the check bits right. */
    private static boolean zlibHeader(byte[] b, int at) {
        if (at + 1 >= b.length) {
            return false;
        }
        int cmf = b[at] & 0xff;
        int flg = b[at + 1] & 0xff;
        return (cmf & 0x0f) == 8 && (cmf >> 4) <= 7 && ((cmf << 8) | flg) % 31 == 0;
    }

    private static int occurrences(byte[] in, byte[] what) {
        return occurrences(in, 0, in.length, what);
    }

    private static int occurrences(byte[] in, int from, int to, byte[] what) {
        int count = 0;
        for (int i = from; i <= to - what.length; i++) {
            if (in[i] == what[0] && startsWith(in, i, what)) {
                count++;
                i += what.length - 1;
            }
        }
        return count;
    }

    private static int indexOf(byte[] in, byte[] what, int from) {
        for (int i = from; i <= in.length - what.length; i++) {
            if (in[i] == what[0] && startsWith(in, i, what)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean startsWith(byte[] in, int at, byte[] what) {
        if (at < 0 || at + what.length > in.length) {
            return false;
        }
        for (int i = 0; i < what.length; i++) {
            if (in[at + i] != what[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.US_ASCII);
    }
}
