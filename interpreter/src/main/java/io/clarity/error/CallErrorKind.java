package io.clarity.error;

/** Refusals of a call before it runs, as the simnet reports them (the transcript's "call error"). */
public enum CallErrorKind implements ErrorKind {
    NoSuchContract("contract '%s' does not exist"),
    NoSuchFunction("contract '%2$s' has no function '%1$s'"),
    NotPublicFunction("%s is not a public function"),
    NotReadOnlyFunction("%s is not a read-only function"),
    NotPrivateFunction("%s is not a private function"),
    NoSuchDataVariable("no data-var %s in %s"),
    NoSuchMap("no map %s in %s");

    private final String template;

    CallErrorKind(String template) {
        this.template = template;
    }

    @Override
    public Category category() {
        return Category.CALL;
    }

    @Override
    public String template() {
        return template;
    }
}
