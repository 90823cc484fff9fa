package gongkai.model;

import java.util.List;

/** The forms a policy interpretation (政策解读) takes. */
public sealed interface InterpretationForm {

    /** The Chinese name of the form, as shown to readers. */
    String label();

    /** Media files the form shows, to be copied into the site. */
    default List<MediaFile> media() {
        return List.of();
    }

    /** 文字解读: prose. */
    record Text() implements InterpretationForm {
        public String label() {
            return "文字解读";
        }
    }

    /** 图解: charts or pictures, each with alt text and a long description for those who cannot see it. */
    record Graphic(List<Image> images) implements InterpretationForm {
        public Graphic {
            images = List.copyOf(images);
        }

        public String label() {
            return "图解";
        }

        @Override
        public List<MediaFile> media() {
            return images.stream().map(Image::file).toList();
        }
    }

    /**
     * A picture of a 图解.
     *
     * @param alt the short text alternative
     * @param description the long description as Markdown: everything the picture says, in words
     */
    record Image(MediaFile file, String alt, String description) {}

    /** 视频解读: a video, whose transcript is the interpretation's body. */
    record Video(MediaFile file) implements InterpretationForm {
        public String label() {
            return "视频解读";
        }

        @Override
        public List<MediaFile> media() {
            return List.of(file);
        }
    }

    /** 问答: a list of questions and answers. */
    record QuestionsAndAnswers(List<QuestionAnswer> items) implements InterpretationForm {
        public QuestionsAndAnswers {
            items = List.copyOf(items);
        }

        public String label() {
            return "问答";
        }
    }
}
