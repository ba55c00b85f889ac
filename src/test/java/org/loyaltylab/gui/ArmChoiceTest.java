package org.loyaltylab.gui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.loyaltylab.BadInputException;
import org.loyaltylab.model.param.Parameters;

/** Which arms the live view shows, and what it says when it cannot show them all. */
class ArmChoiceTest {
    private static List<ArmSetup> arms(String... names) {
        return IntStream.range(0, names.length).mapToObj(i -> new ArmSetup(names[i], i, Parameters.defaults())).toList();
    }

    @Test
    void upToFourArmsAreAllShownWithoutANote() {
        ArmChoice choice = ArmChoice.of(arms("a", "b", "c", "d"), List.of());
        assertEquals(List.of("a", "b", "c", "d"), choice.shown().stream().map(ArmSetup::name).toList());
        assertEquals("", choice.note());
    }

    @Test
    void moreThanFourArmsShowTheFirstFourAndSayWhichAndHowToChoose() {
        ArmChoice choice = ArmChoice.of(arms("a", "b", "c", "d", "e"), List.of());
        assertEquals(List.of("a", "b", "c", "d"), choice.shown().stream().map(ArmSetup::name).toList());
        assertTrue(choice.note().contains("5 arms"), choice.note());
        assertTrue(choice.note().contains("shows 4: a, b, c, d."), choice.note());
        assertTrue(choice.note().contains("--arms"), choice.note());
        assertTrue(choice.note().contains("of: a, b, c, d, e"), choice.note());
    }

    @Test
    void chosenArmsKeepTheExperimentsOrderAndTheirColours() {
        ArmChoice choice = ArmChoice.of(arms("a", "b", "c", "d", "e"), List.of("e", "b"));
        assertEquals(List.of("b", "e"), choice.shown().stream().map(ArmSetup::name).toList());
        assertEquals(List.of(1, 4), choice.shown().stream().map(ArmSetup::position).toList());
        assertEquals("", choice.note());
    }

    @Test
    void unknownRepeatedOrTooManyNamesAreRefused() {
        List<ArmSetup> five = arms("a", "b", "c", "d", "e");
        assertTrue(assertThrows(BadInputException.class, () -> ArmChoice.of(five, List.of("a", "x")))
                .getMessage().contains("no arm 'x' (arms: a, b, c, d, e)"));
        assertThrows(BadInputException.class, () -> ArmChoice.of(five, List.of("a", "a")));
        assertThrows(BadInputException.class, () -> ArmChoice.of(five, List.of("a", "b", "c", "d", "e")));
    }
}
