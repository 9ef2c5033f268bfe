using Dyad.Text;

namespace Dyad.Tests.Text;

public class TokenizationScorerTests
{
    private const string Gold = """
        # newdoc id = a
        # sent_id = a-1
        # text = Rebels don't talk.
        1	Rebels	rebel	NOUN	NNS	_	3	nsubj	_	_
        2-3	don't	_	_	_	_	_	_	_	_
        2	do	do	AUX	VBP	_	4	aux	_	_
        3	n't	not	PART	RB	_	4	advmod	_	_
        4	talk	talk	VERB	VB	_	0	root	_	SpaceAfter=No
        5	.	.	PUNCT	.	_	4	punct	_	_

        # sent_id = a-2
        # text = Talks failed.
        1	Talks	talk	NOUN	NNS	_	2	nsubj	_	_
        2	failed	fail	VERB	VBD	_	0	root	_	SpaceAfter=No
        3	.	.	PUNCT	.	_	2	punct	_	_

        """;

    private static List<ConlluSentence> Read() => [.. ConlluReader.Read(new StringReader(Gold.Replace("        ", "", StringComparison.Ordinal)), "gold")];

    [Fact]
    public void Raw_text_is_rebuilt_and_a_perfect_tokenization_scores_one()
    {
        var score = TokenizationScorer.Score(Read(), new Tokenizer());

        Assert.Equal("Rebels don't talk. Talks failed.", score.Document.Text);
        Assert.Equal(1.0, score.TokenF1);
        Assert.Equal(1.0, score.SentenceF1);
        Assert.Equal([0, 1, 2, 3, 4], score.WordTokens[0]);
        Assert.Equal(new TokenRange(5, 3), score.SentenceTokens[1]);
    }

    [Fact]
    public void A_missed_sentence_break_costs_sentence_recall()
    {
        var gold = Read();
        gold[0] = gold[0] with { Forms = ["Rebels", "do", "n't", "talk", ","] };
        gold[1] = gold[1] with { Forms = ["talks", "failed", "."] };
        var score = TokenizationScorer.Score(gold, new Tokenizer());

        Assert.Equal("Rebels don't talk, talks failed.", score.Document.Text);
        Assert.Equal(0.0, score.SentenceRecall);
        Assert.Equal(1.0, score.TokenRecall);
    }
}
