namespace Dyad.Text;

/// <summary>Scores from raw text (CoNLL 2018 style F1, in percent): a gold word counts only when a system token has its exact span.</summary>
public sealed record RawTextScore(double Tokens, double Sentences, double Upos, double? Uas, double? Las);

/// <summary>Runs the whole pipeline on a treebank's raw text and aligns the result to the gold words.</summary>
public static class RawTextEvaluator
{
    /// <summary>Tokenizes, splits, tags (and parses, with <paramref name="parse"/>) the raw text of <paramref name="gold"/>.</summary>
    public static RawTextScore Evaluate(string source, IReadOnlyList<ConlluSentence> gold, LanguageModels models, bool parse)
    {
        ArgumentNullException.ThrowIfNull(gold);
        ArgumentNullException.ThrowIfNull(models);
        var alignment = TokenizationScorer.Score(gold, models.Tokenizer);
        var document = alignment.Document;
        models.Tagger.Process(document);
        models.Lemmatizer.Process(document);
        if (parse)
        {
            models.Parser.Process(document);
        }

        var tokens = document.Tokens;
        var sentenceOf = new int[tokens.Length];
        foreach (var sentence in document.Sentences)
        {
            for (var t = sentence.FirstToken; t < sentence.FirstToken + sentence.TokenCount; t++)
            {
                sentenceOf[t] = sentence.FirstToken;
            }
        }

        long upos = 0, uas = 0, las = 0;
        for (var s = 0; s < gold.Count; s++)
        {
            var g = gold[s];
            var map = alignment.WordTokens[s];
            for (var i = 0; i < g.Length; i++)
            {
                var t = map[i];
                if (t < 0)
                {
                    continue;
                }

                upos += tokens[t].Upos == g.Upos[i] ? 1 : 0;
                if (!parse)
                {
                    continue;
                }

                var systemHead = tokens[t].Head < 0 ? -1 : sentenceOf[t] + tokens[t].Head;
                var goldHead = g.Heads[i] < 0 ? -1 : map[g.Heads[i]];
                if (systemHead == goldHead && (goldHead >= 0 || g.Heads[i] < 0))
                {
                    uas++;
                    las += TreebankEvaluator.SameUniversalRelation(tokens[t].Relation, g.Relations[i]) ? 1 : 0;
                }
            }
        }

        double F1(long matched) => Math.Round(200.0 * matched / (alignment.GoldWords + alignment.SystemTokens), 2);
        return new RawTextScore(
            Math.Round(alignment.TokenF1 * 100, 2),
            Math.Round(alignment.SentenceF1 * 100, 2),
            F1(upos),
            parse ? F1(uas) : null,
            parse ? F1(las) : null);
    }
}
