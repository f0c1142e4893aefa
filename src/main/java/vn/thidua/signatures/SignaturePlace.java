package vn.thidua.signatures;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Where the signature goes: the room left above the signer's name (the document
 * writers leave 64 pt there, see documents.render.PdfWriter). Coordinates from the page's top left,
 * in points, as DSS takes them.
 */
record SignaturePlace(int page, float x, float y, float width, float height) {

    static final float WIDTH = 180;
    static final float HEIGHT = 62;
    static final float MIN_HEIGHT = 26;

    /**
     * The signer's place: above the last line that is the signer's name, searched from the last page
     * back (a decision's annex follows its signature block); without one, the bottom right of the last page.
     */
    static SignaturePlace find(PDDocument pdf, String signerName) throws IOException {
        int last = pdf.getNumberOfPages();
        String wanted = signerName.strip();
        for (int page = last; page >= 1; page--) {
            Lines lines = new Lines();
            lines.setStartPage(page);
            lines.setEndPage(page);
            lines.getText(pdf);
            Line found = null;
            for (Line line : lines.found) {
                if (line.text.strip().equalsIgnoreCase(wanted)) {
                    found = line;
                }
            }
            if (found != null) {
                // several names under one title (a counting committee) leave less room above each: the
                // picture keeps its proportions and stays below the line above, in the same column
                float room = HEIGHT;
                for (Line line : lines.found) {
                    boolean above = line.bottom < found.top;
                    boolean sameColumn = line.left < found.right + WIDTH / 2 && line.right > found.left - WIDTH / 2;
                    if (above && sameColumn) {
                        room = Math.min(room, found.top - line.bottom - 3);
                    }
                }
                float height = Math.max(MIN_HEIGHT, room);
                float width = WIDTH * height / HEIGHT;
                float centre = (found.left + found.right) / 2;
                return new SignaturePlace(page, centre - width / 2, found.top - 1 - height, width, height);
            }
        }
        PDRectangle box = pdf.getPage(last - 1).getMediaBox();
        return new SignaturePlace(last, box.getWidth() - 72 - WIDTH, box.getHeight() - 100 - HEIGHT, WIDTH, HEIGHT);
    }

    private record Line(String text, float left, float right, float top, float bottom) {}

    private static final class Lines extends PDFTextStripper {
        final List<Line> found = new ArrayList<>();

        Lines() throws IOException {
            setSortByPosition(true);
        }

        @Override
        protected void writeString(String text, List<TextPosition> positions) throws IOException {
            if (positions.isEmpty()) {
                return;
            }
            float left = Float.MAX_VALUE;
            float right = 0;
            float top = Float.MAX_VALUE;
            float bottom = 0;
            for (TextPosition p : positions) {
                left = Math.min(left, p.getXDirAdj());
                right = Math.max(right, p.getXDirAdj() + p.getWidthDirAdj());
                top = Math.min(top, p.getYDirAdj() - p.getHeightDir());
                bottom = Math.max(bottom, p.getYDirAdj());
            }
            found.add(new Line(text, left, right, top, bottom));
        }
    }
}
