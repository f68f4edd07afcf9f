package org.hiitplanner.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CsvCellsTest {

    @ParameterizedTest
    @ValueSource(strings = {"=cmd|' /C calc'!A0", "+1+1", "-2+3", "@SUM(A1)", "\t=1", "\r1", "=", "-"})
    void aCellThatASpreadsheetCouldRunGetsALeadingQuote(String value) {
        assertTrue(CsvCells.isRisky(value));
        assertEquals("'" + value, CsvCells.text(value));
    }

    @ParameterizedTest
    @ValueSource(strings = {"R01", "T2D+HIIT", "Exer-3 rat", "a=b", "'=1", "a;'=1", "x, y", "No Vmax: no valid step test", "1.5"})
    void anOrdinaryCellStaysAsItIs(String value) {
        assertFalse(CsvCells.isRisky(value));
        assertEquals(value, CsvCells.text(value));
    }

    @Test
    void aFormulaAfterSpacesOrAfterAnInnerSeparatorIsNeutralisedToo() {
        // changed with the rule: " =1" was left as it was; a spreadsheet may trim the space and run it
        assertEquals("' =1", CsvCells.text(" =1"));
        assertEquals("x;'=1+1", CsvCells.text("x;=1+1"), "a semicolon-splitting spreadsheet starts a cell at ;");
        assertEquals("R01,' -5", CsvCells.text("R01, -5"));
        assertEquals("stopped\r\n'=4, by Tech\n'- tired", CsvCells.text("stopped\r\n=4, by Tech\n- tired"));
        assertEquals("'\r'=1", CsvCells.text("\r=1"), "a program that splits lines first starts a row after \\r");
        assertEquals("'@a;'+b,'\n", CsvCells.text("@a;+b,\n"));
        assertTrue(CsvCells.isRisky("group;=1+1"));
    }

    @Test
    void nothingIsAnEmptyCell() {
        assertEquals("", CsvCells.text(null));
        assertEquals("", CsvCells.text(""));
    }
}
