using static Dyad.Tests.Text.BuiltInModels;

namespace Dyad.Tests.Text;

public sealed class DependencyParserTests
{
    [Fact]
    public void Passive_subject_and_agent_are_marked_as_such()
    {
        var doc = Read("The aid convoy was attacked by gunmen near the border.");
        Assert.Equal("nsubj:pass(attacked, convoy)", Arc(doc, "convoy"));
        Assert.Equal("aux:pass(attacked, was)", Arc(doc, "was"));
        Assert.Equal("obl:agent(attacked, gunmen)", Arc(doc, "gunmen"));
        Assert.Equal("root(ROOT, attacked)", Arc(doc, "attacked"));
    }

    [Fact]
    public void Title_and_country_stay_inside_the_named_subject()
    {
        var doc = Read("President Ollanta Humala of Peru met Panetta on Saturday.");

        // UD heads a multiword name on its first word: Ollanta, with Humala as flat.
        Assert.Equal("nsubj(met, Ollanta)", Arc(doc, "Ollanta"));
        Assert.Equal("flat(Ollanta, Humala)", Arc(doc, "Humala"));
        Assert.True(Under(doc, "President", "Ollanta"), Arc(doc, "President"));
        Assert.True(Under(doc, "Peru", "Ollanta"), Arc(doc, "Peru"));
        Assert.Equal("obj(met, Panetta)", Arc(doc, "Panetta"));
        Assert.Equal("obl(met, Saturday)", Arc(doc, "Saturday"));
    }

    [Fact]
    public void A_lede_opening_with_nationality_title_and_name_keeps_them_together()
    {
        var doc = Read("Kenyan President William Ruto met the envoy on Monday.");

        Assert.Equal("amod(President, Kenyan)", Arc(doc, "Kenyan"));
        Assert.True(Under(doc, "President", "William"), Arc(doc, "President"));
        Assert.Equal("nsubj(met, William)", Arc(doc, "William"));
        Assert.Equal("obj(met, envoy)", Arc(doc, "envoy"));
    }

    [Fact]
    public void Nationality_adjective_modifies_the_role_noun()
    {
        var doc = Read("The Bolivian foreign minister met the Chilean ambassador.");

        Assert.Equal("amod(minister, Bolivian)", Arc(doc, "Bolivian"));
        Assert.Equal("nsubj(met, minister)", Arc(doc, "minister"));
        // Unseen in training, "Chilean" may come out as a proper-noun compound; what the coder needs is that it stays in the phrase.
        Assert.True(Under(doc, "Chilean", "ambassador"), Arc(doc, "Chilean"));
        Assert.Equal("obj(met, ambassador)", Arc(doc, "ambassador"));
    }

    [Fact]
    public void Appositive_after_a_comma_describes_the_name()
    {
        var doc = Read("Mr. Ruto, the Kenyan president, warned the militants on Sunday.");
        Assert.Equal("appos(Ruto, president)", Arc(doc, "president"));
        Assert.Equal("nsubj(warned, Ruto)", Arc(doc, "Ruto"));
        Assert.Equal("obj(warned, militants)", Arc(doc, "militants"));
    }

    [Fact]
    public void Reported_speech_hangs_the_content_clause_on_said()
    {
        var doc = Read("The defence minister said on Saturday that the rebels had attacked a patrol.");
        Assert.Equal("root(ROOT, said)", Arc(doc, "said"));
        Assert.Equal("nsubj(said, minister)", Arc(doc, "minister"));
        Assert.Equal("obl(said, Saturday)", Arc(doc, "Saturday"));
        Assert.Equal("ccomp(said, attacked)", Arc(doc, "attacked"));
        Assert.Equal("nsubj(attacked, rebels)", Arc(doc, "rebels"));
    }

    [Fact]
    public void Infinitival_complement_links_agreed_to_the_action()
    {
        var doc = Read("The two governments agreed to update their border treaty.");
        Assert.Equal("nsubj(agreed, governments)", Arc(doc, "governments"));
        Assert.Equal("xcomp(agreed, update)", Arc(doc, "update"));
        Assert.Equal("obj(update, treaty)", Arc(doc, "treaty"));
    }

    [Fact]
    public void Coordinated_subjects_share_the_verb()
    {
        var doc = Read("Peru and Chile signed a trade pact in Lima.");
        Assert.Equal("nsubj(signed, Peru)", Arc(doc, "Peru"));
        Assert.Equal("conj(Peru, Chile)", Arc(doc, "Chile"));
        Assert.Equal("obj(signed, pact)", Arc(doc, "pact"));
    }

    [Fact]
    public void Every_sentence_gets_exactly_one_root_and_a_tree()
    {
        var doc = Read("Troops fired on protesters. Officials denied it, saying the crowd had thrown stones at police.");
        for (var s = 0; s < doc.Sentences.Count; s++)
        {
            var tokens = doc.SentenceTokens(s);
            var roots = 0;
            for (var i = 0; i < tokens.Length; i++)
            {
                roots += tokens[i].Head < 0 ? 1 : 0;
                var steps = 0;
                for (var h = i; h >= 0; h = tokens[h].Head)
                {
                    Assert.True(++steps <= tokens.Length, "cycle in the parse");
                }
            }

            Assert.Equal(1, roots);
        }
    }
}
