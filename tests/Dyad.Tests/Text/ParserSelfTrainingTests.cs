using Dyad.Domain;
using Dyad.Text;

namespace Dyad.Tests.Text;

public sealed class ParserSelfTrainingTests
{
    private static List<ConlluSentence> Tiny => [.. ConlluReader.Read(Path.Combine(Samples.Folder, "treebank", "tiny.conllu"))];

    [Fact]
    public void Reversed_sentence_keeps_every_arc_between_the_same_words()
    {
        var sentence = Tiny.Single(s => s.Text == "The minister met envoys in Lima.");

        var reversed = ParserSelfTraining.Reverse(sentence);

        Assert.Equal([".", "Lima", "in", "envoys", "met", "minister", "The"], reversed.Forms);
        Assert.Equal(-1, reversed.Heads[4]);
        Assert.Equal("met", reversed.Forms[reversed.Heads[Array.IndexOf(reversed.Forms, "minister")]]);
        Assert.Equal("Lima", reversed.Forms[reversed.Heads[Array.IndexOf(reversed.Forms, "in")]]);
        Assert.Equal(sentence, ParserSelfTraining.Reverse(reversed) with { Multiwords = sentence.Multiwords }, SentenceComparer.Instance);
    }

    [Fact]
    public void Parser_trained_right_to_left_reads_backwards_and_answers_in_text_order()
    {
        var tiny = Tiny;
        var backward = ParserTrainer.Train(tiny.Select(ParserSelfTraining.Reverse).ToList(), epochs: 10);
        var gold = tiny.Single(s => s.Text == "Police arrested two protesters on Monday.");
        var tokens = new Token[gold.Length];
        for (var i = 0; i < tokens.Length; i++)
        {
            tokens[i] = new Token(0, 0, gold.Forms[i], Upos: gold.Upos[i], Xpos: gold.Xpos[i]);
        }

        backward.ParseReversed(tokens);

        Assert.Equal(gold.Heads, tokens.Select(t => t.Head));
        Assert.Equal(gold.Relations, tokens.Select(t => t.Relation));
    }

    [Fact]
    public void Self_training_takes_prose_both_directions_parse_alike_and_skips_figures_and_fragments()
    {
        var tiny = Tiny;
        var forward = ParserTrainer.Train(tiny, epochs: 10);
        var backward = ParserTrainer.Train(tiny.Select(ParserSelfTraining.Reverse).ToList(), epochs: 10);
        var document = new Document("Envoys signed a truce in Geneva. Talks resumed. Wheat 12.5 13.1 14.0 15.2 16.7.");
        BuiltInModels.Get.Tokenizer.Process(document);
        BuiltInModels.Get.Tagger.Process(document);

        var agreed = ParserSelfTraining.Agreed([document], forward, backward, max: 10, out var seen);

        // "Talks resumed." is too short to teach anything and the line of figures is not prose: only one is parsed.
        Assert.Equal(1, seen);
        var taken = Assert.Single(agreed);
        var gold = tiny.Single(s => s.Text == "Envoys signed a truce in Geneva.");
        Assert.Equal(gold.Forms, taken.Forms);
        Assert.Equal(gold.Heads, taken.Heads);
        Assert.Equal(gold.Relations, taken.Relations);
        // The tags are the tagger's, as the parser will see them, not the treebank's.
        Assert.Equal(document.SentenceTokens(0).ToArray().Select(t => t.Upos), taken.Upos);
    }

    private sealed class SentenceComparer : IEqualityComparer<ConlluSentence>
    {
        public static readonly SentenceComparer Instance = new();

        public bool Equals(ConlluSentence? x, ConlluSentence? y) =>
            x is not null && y is not null && x.Forms.SequenceEqual(y.Forms) && x.Heads.SequenceEqual(y.Heads)
            && x.Relations.SequenceEqual(y.Relations) && x.Upos.SequenceEqual(y.Upos);

        public int GetHashCode(ConlluSentence obj) => obj.Length;
    }
}
