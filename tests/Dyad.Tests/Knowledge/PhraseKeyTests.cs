using Dyad.Knowledge;

namespace Dyad.Tests.Knowledge;

public class PhraseKeyTests
{
    [Theory]
    [InlineData("Erdoğan", "Erdogan")]
    [InlineData("al-Qaeda", "Al Qaeda")]
    [InlineData("Port-Vila", "port vila")]
    [InlineData("Côte d’Ivoire", "Cote d'Ivoire")]
    [InlineData("  Defense   Secretary ", "defense secretary")]
    [InlineData("Straße", "strasse")]
    public void Spellings_news_mixes_freely_share_one_key(string a, string b) =>
        Assert.Equal(PhraseKey.Of(a), PhraseKey.Of(b));

    [Theory]
    [InlineData("U.S.", "US")]
    [InlineData("Niger", "Nigeria")]
    public void Different_names_keep_different_keys(string a, string b) =>
        Assert.NotEqual(PhraseKey.Of(a), PhraseKey.Of(b));
}
