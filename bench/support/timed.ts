/**
 * One timed run for the bench scripts: wall time and the process's CPU time (user +
 * system), both in seconds. On a shared machine the CPU time is the steadier figure.
 */
import { cpuUsage } from "node:process";

export function timed<T>(run: () => T): { value: T; wall: number; cpu: number } {
  const cpu = cpuUsage();
  const started = performance.now();
  const value = run();
  const used = cpuUsage(cpu);
  return { value, wall: (performance.now() - started) / 1000, cpu: (used.user + used.system) / 1e6 };
}
