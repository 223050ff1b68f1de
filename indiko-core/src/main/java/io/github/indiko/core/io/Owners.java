package io.github.indiko.core.io;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;

/**
 * Names of temporary files and folders that say which process made them ({@code PID-START}, START
 * the process's start in milliseconds, or 0 where the system does not say), so that a later run
 * deletes what a killed process left and nothing a live one is writing. File locks could not tell:
 * a process that closes any channel on a file loses every lock it holds on it (POSIX), so checking
 * another run of the same process would end that run's lock. Processes of one machine only: a
 * process of another machine sharing the folder is not seen.
 */
final class Owners {
  private Owners() {}

  /**
   * @return {@code PID-START} of this process
   */
  static String self() {
    ProcessHandle self = ProcessHandle.current();
    return String.format(Locale.ROOT, "%d-%d", self.pid(), start(self));
  }

  /**
   * @param name the part of a name that begins with {@code PID-START-}
   * @return whether the process it names still runs; a name that does not parse names none
   */
  static boolean alive(String name) {
    String[] parts = name.split("-", 3);
    if (parts.length < 3) {
      return false;
    }
    long pid;
    long start;
    try {
      pid = Long.parseLong(parts[0]);
      start = Long.parseLong(parts[1]);
    } catch (NumberFormatException e) {
      return false;
    }
    Optional<ProcessHandle> process = ProcessHandle.of(pid).filter(ProcessHandle::isAlive);
    if (process.isEmpty()) {
      return false;
    }
    long actual = start(process.get());
    return start == 0 || actual == 0 || actual == start;
  }

  private static long start(ProcessHandle process) {
    return process.info().startInstant().map(Instant::toEpochMilli).orElse(0L);
  }
}
