import { describe, expect, it } from "vitest";
import { columnLetter, readCsvTable } from "../../src/import/csv-table.js";

describe("readCsvTable", () => {
  it("numbers rows as a spreadsheet shows them: multi-line cells are one row, blank lines are rows", () => {
    const table = readCsvTable('Name,Notes\nAna,"two\nlines"\n\nBo,x\n,\nCy,y\n', ",");
    expect(table.headers).toEqual(["Name", "Notes"]);
    expect(table.rows.map((row) => [row.row, row.cells[0]])).toEqual([
      [2, "Ana"],
      [4, "Bo"],
      [6, "Cy"],
    ]);
    expect(table.blankRows).toEqual([3, 5]);
    expect(table.problems).toEqual([]);
  });

  it("drops Excel's byte order mark, reads CRLF and another delimiter", () => {
    const table = readCsvTable("\uFEFFName;Team\r\nAna;Data\r\n", ";");
    expect(table.headers).toEqual(["Name", "Team"]);
    expect(table.rows).toEqual([{ row: 2, cells: ["Ana", "Data"] }]);
  });

  it("reports rows whose cell count does not match the header, keeping them", () => {
    const table = readCsvTable("a,b,c\n1,2\n3,4,5,6\n7,8,9,\n", ",");
    expect(table.rows.map((row) => row.row)).toEqual([2, 3, 4]);
    expect(table.problems.map((problem) => problem.row)).toEqual([2, 3]);
  });

  it("reports a file it cannot read, with the line", () => {
    const table = readCsvTable('a,b\n1,"open\n2,3\n', ",");
    expect(table.rows).toEqual([]);
    expect(table.problems).toEqual([{ line: expect.any(Number), message: expect.stringMatching(/not valid CSV/) }]);
    expect(readCsvTable("", ",").problems).toEqual([{ message: "the file is empty" }]);
  });
});

describe("columnLetter", () => {
  it("names columns as spreadsheets do", () => {
    expect([0, 1, 25, 26, 27, 51, 52, 701, 702].map(columnLetter)).toEqual([
      "A",
      "B",
      "Z",
      "AA",
      "AB",
      "AZ",
      "BA",
      "ZZ",
      "AAA",
    ]);
  });
});
