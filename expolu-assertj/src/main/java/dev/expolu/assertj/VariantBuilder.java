package dev.expolu.assertj;

/**
 * A variant: the keys it sets over the experiment's, as under {@code variants: {name: {...}}}. A
 * variant that sets nothing trains the experiment's own settings.
 */
public final class VariantBuilder extends SettingsBuilder<VariantBuilder> {

    VariantBuilder() {
    }
}
