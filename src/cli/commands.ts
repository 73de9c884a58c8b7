/**
 * The table of `peermatch` commands, in the order the overview lists them. A new
 * command is one module under `commands/` exporting a `Command`, added here.
 */
import type { Command } from "./command.js";
import { circlesCommand } from "./commands/circles.js";
import { importCommand } from "./commands/import.js";
import { matchCommand } from "./commands/match.js";
import { recommendCommand } from "./commands/recommend.js";
import { mentorsCommand } from "./commands/mentors.js";
import { rematchCommand } from "./commands/rematch.js";
import { reportCommand } from "./commands/report.js";
import { rotateCommand } from "./commands/rotate.js";
import { schemaCommand } from "./commands/schema.js";
import { scoreCommand } from "./commands/score.js";

export const COMMANDS: readonly Command[] = [
  matchCommand,
  mentorsCommand,
  rematchCommand,
  rotateCommand,
  circlesCommand,
  recommendCommand,
  scoreCommand,
  reportCommand,
  schemaCommand,
  importCommand,
];
