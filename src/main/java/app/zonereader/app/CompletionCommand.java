package app.zonereader.app;

import picocli.AutoComplete;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

import java.util.concurrent.Callable;

/** {@code completion}: prints the bash (and zsh) completion script picocli generates for every command and option. */
@Command(name = "completion", mixinStandardHelpOptions = true, versionProvider = AppVersion.class,
        customSynopsis = "zonereader completion",
        description = {"print the bash/zsh completion script for every command and option",
                "Load it in the running shell with:  source <(zonereader completion)",
                "or install it:  zonereader completion > ~/.local/share/bash-completion/completions/zonereader"})
final class CompletionCommand implements Callable<Integer> {
    @Spec
    private CommandSpec spec;

    @Override
    public Integer call() {
        CommandLine top = spec.parent().commandLine();
        spec.commandLine().getOut().print(AutoComplete.bash(top.getCommandName(), top));
        return Cli.EXIT_OK;
    }
}
