package vn.thidua.documents.render;

import java.io.InputStream;

/**
 * Liberation Serif (metric-compatible with Times New Roman, SIL Open Font License; licence in the
 * openpdf-fonts-extra jar under liberation/LICENSE), read from the classpath so that no font is
 * assumed on the machine.
 */
final class Fonts {

    enum Face {
        REGULAR("LiberationSerif-Regular.ttf", 400, false),
        BOLD("LiberationSerif-Bold.ttf", 700, false),
        ITALIC("LiberationSerif-Italic.ttf", 400, true),
        BOLD_ITALIC("LiberationSerif-BoldItalic.ttf", 700, true);

        final String file;
        final int weight;
        final boolean italic;

        Face(String file, int weight, boolean italic) {
            this.file = file;
            this.weight = weight;
            this.italic = italic;
        }

        InputStream open() {
            InputStream in = Fonts.class.getResourceAsStream("/liberation/" + file);
            if (in == null) {
                throw new IllegalStateException("font " + file + " missing from the classpath (openpdf-fonts-extra)");
            }
            return in;
        }
    }

    private Fonts() {}
}
