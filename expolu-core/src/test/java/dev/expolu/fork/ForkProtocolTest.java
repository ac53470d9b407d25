package dev.expolu.fork;

import static org.assertj.core.api.Assertions.assertThat;

import dev.expolu.fork.ForkProtocol.Message;
import java.util.List;
import org.junit.jupiter.api.Test;

class ForkProtocolTest {

    @Test
    void aLineCarriesItsFieldsWhateverTheyHoldOnOneLine() {
        String line = ForkProtocol.encode(ForkProtocol.PROBLEM, "C:\\dir\\e.yaml", "3", "model.layers",
                "is 1,\tbut\r\nexpected at least 2 \\n");

        assertThat(line).startsWith("@expolu problem\t").doesNotContain("\n", "\r");
        assertThat(ForkProtocol.decode(line)).contains(new Message(ForkProtocol.PROBLEM, List.of("C:\\dir\\e.yaml",
                "3", "model.layers", "is 1,\tbut\r\nexpected at least 2 \\n")));
    }

    @Test
    void anEventWithoutFieldsAndAnEmptyField() {
        assertThat(ForkProtocol.decode(ForkProtocol.encode(ForkProtocol.DONE)))
                .contains(new Message(ForkProtocol.DONE, List.of()));
        assertThat(ForkProtocol.decode(ForkProtocol.encode(ForkProtocol.INFO, ""))).get()
                .satisfies(m -> assertThat(m.field(0)).isEmpty()).satisfies(m -> assertThat(m.field(3)).isEmpty());
    }

    @Test
    void anyOtherLineIsNotTheProtocols() {
        assertThat(ForkProtocol.decode("[0.011s][info][gc] Using G1")).isEmpty();
        assertThat(ForkProtocol.decode("@expolux info\tx")).isEmpty();
    }
}
