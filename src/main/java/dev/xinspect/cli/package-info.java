/** One picocli class per subcommand: parse the arguments, call the core, print. The only place that writes to stdout. */
package dev.xinspect.cli;
