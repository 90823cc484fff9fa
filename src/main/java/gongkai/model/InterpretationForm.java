package gongkai.model;

/** The forms a policy interpretation (政策解读) takes. */
public sealed interface InterpretationForm {

    /** The Chinese name of the form, as shown to readers. */
    String label();

    /** 文字解读: prose. */
    record Text() implements InterpretationForm {
        public String label() {
            return "文字解读";
        }
    }

    /** 图解: charts or pictures, each described in the body for those who cannot see them. */
    record Graphic() implements InterpretationForm {
        public String label() {
            return "图解";
        }
    }

    /** 视频解读: a video, whose transcript is the body. */
    record Video(String src) implements InterpretationForm {
        public String label() {
            return "视频解读";
        }
    }

    /** 问答: questions and answers. */
    record QuestionsAndAnswers() implements InterpretationForm {
        public String label() {
            return "问答";
        }
    }
}
