package gongkai.model;

/** Whether a policy document is a 行政规范性文件 or any other document (其他文件). */
public enum PolicyKind {
    NORMATIVE("行政规范性文件"),
    OTHER("其他文件");

    private final String label;

    PolicyKind(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }
}
