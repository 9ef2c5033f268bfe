using System.ComponentModel;
using System.Diagnostics;
using System.Text.Json;
using Dyad.Coding;
using Dyad.Domain;
using Dyad.Ingest;
using Dyad.Text;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Dyad.Cli.Commands;

/// <summary>
/// <c>dyad code</c>: reads articles, runs them through the whole pipeline and writes one JSON object per event to
/// stdout (or one readable line per event with <c>--text</c>). Input problems go to stderr and the run goes on; the
/// exit code is 1 when any input failed.
/// </summary>
internal sealed class CodeCommand : Command<CodeCommand.Settings>
{
    internal sealed class Settings : InputSettings
    {
        [CommandOption("--models <DIR>")]
        [Description("Folder holding the language model files (default: the built-in models).")]
        public string? Models { get; init; }

        [CommandOption("--explain")]
        [Description("Also print, on stderr, each sentence's parse and the actors found in it, to see why an event was or was not coded.")]
        public bool Explain { get; init; }

        [CommandOption("--text")]
        [Description("Print one readable line per event (date, source, code, target, place, evidence) instead of JSON lines.")]
        public bool Text { get; init; }
    }

    public override int Execute(CommandContext context, Settings settings, CancellationToken cancellationToken)
    {
        var knowledge = settings.LoadKnowledge();
        if (knowledge is null)
        {
            return Terminal.Fatal;
        }

        var models = LanguageModels.Load(settings.Models ?? LanguageModels.BuiltInRoot);
        var coder = new ArticleCoder(knowledge.Base, models);
        var reader = new ArticleReader(settings.ToReadOptions());
        var trace = settings.Explain ? new List<string>() : null;
        coder.Trace = trace;
        var tally = new ProblemTally();
        var clock = Stopwatch.StartNew();
        long events = 0, sentences = 0;
        using var stdout = Terminal.OpenData();
        using var json = new Utf8JsonWriter(stdout, JsonOutput.Lines);
        using var text = new StreamWriter(stdout, Terminal.Utf8, 1 << 16, leaveOpen: true);

        void Run(Action<int>? progress)
        {
            foreach (var item in reader.Read(settings.Paths))
            {
                cancellationToken.ThrowIfCancellationRequested();
                switch (item)
                {
                    case ArticleRead read:
                        var coded = coder.Code(read.Article, out var document, out var mentions);
                        if (settings.Explain)
                        {
                            Explain(document, mentions, trace!);
                        }

                        sentences += coder.LastSentenceCount;
                        foreach (var e in coded)
                        {
                            if (settings.Text)
                            {
                                text.WriteLine(Describe(e));
                            }
                            else
                            {
                                EventJson.Write(json, e);
                                json.Flush();
                                json.Reset();
                                stdout.WriteByte((byte)'\n');
                            }
                        }

                        text.Flush();
                        events += coded.Count;
                        tally.Articles++;
                        progress?.Invoke(tally.Articles);
                        break;
                    case ReadProblem problem:
                        tally.Report(problem);
                        break;
                }
            }
        }

        if (Terminal.Interactive)
        {
            Terminal.Error.Status().Start("Coding articles…", ctx => Run(n => ctx.Status($"Coding articles… {n:N0}")));
        }
        else
        {
            Run(null);
        }

        var seconds = clock.Elapsed.TotalSeconds;
        return tally.Finish("coded", $"{sentences:N0} sentences, {events:N0} events in {seconds:0.0} s");
    }

    /// <summary>Prints each sentence's tokens (word/tag/relation→head) and its resolved actor mentions to stderr.</summary>
    private static void Explain(Document document, List<ActorMention> mentions, List<string> trace)
    {
        var error = Console.Error;
        for (var s = 0; s < document.Sentences.Count; s++)
        {
            var tokens = document.SentenceTokens(s);
            var line = new System.Text.StringBuilder();
            for (var i = 0; i < tokens.Length; i++)
            {
                var t = tokens[i];
                line.Append(i).Append(':').Append(t.Text).Append('/').Append(t.Upos).Append('/').Append(t.Relation)
                    .Append('→').Append(t.Head).Append(' ');
            }

            error.WriteLine($"[{s}] {line}");
            foreach (var m in mentions)
            {
                if (m.SentenceIndex == s)
                {
                    error.WriteLine($"    actor {m.Kind} head {m.Head} \"{m.Text}\" → {m.Actor?.Code ?? "?"} {m.Actor?.Name}{(m.Resolved ? " (resolved)" : "")}{(m.Plural ? " plural" : "")}{(m.PersonLike ? " person" : "")}");
                }
            }

            var prefix = $"[{s}] ";
            foreach (var line2 in trace)
            {
                if (line2.StartsWith(prefix, StringComparison.Ordinal))
                {
                    error.WriteLine("    verb " + line2[prefix.Length..]);
                }
            }
        }

        trace.Clear();
    }

    /// <summary>One line a person reads: date, source, code and name, target, place, the rule and the sentence.</summary>
    internal static string Describe(Event e)
    {
        var target = e.Target is null ? "-" : e.Target.Code;
        var place = e.Location is null ? "" : $" @ {e.Location.Name}";
        var names = $"{e.Source.Name ?? e.Source.Code} → {e.Target?.Name ?? target}";
        var sentence = e.Sentence.Length <= 160 ? e.Sentence : e.Sentence[..157] + "…";
        return $"{e.Date:yyyy-MM-dd}  {e.Source.Code} {e.Code.Value} {target}  {e.Plover ?? "-"}  ({names}){place}  [{e.Rule}; {e.Confidence:0.00}]  {sentence}";
    }
}
