namespace Dyad.Text;

/// <summary>
/// Accuracy of the language models on a gold treebank, in percent (null where the model was not run).
/// <see cref="Las"/> compares universal relations (subtypes stripped, as the CoNLL 2018 evaluation does);
/// <see cref="LasFull"/> compares them with subtypes. Punctuation is included everywhere.
/// </summary>
public sealed record TreebankScore(
    string Source,
    int Sentences,
    int Words,
    double Upos,
    double Xpos,
    double? Lemma,
    double? Uas,
    double? Las,
    double? LasFull,
    double Seconds)
{
    /// <summary>Words analysed per second (tagging, lemmatizing and parsing together, one thread).</summary>
    public double WordsPerSecond => Seconds > 0 ? Words / Seconds : 0;
}
