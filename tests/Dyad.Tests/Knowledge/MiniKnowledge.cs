namespace Dyad.Tests.Knowledge;

/// <summary>A small knowledge tree, one file of each kind, written for tests.</summary>
public static class MiniKnowledge
{
    public static void Write(TempFolder dir)
    {
        dir.Write("README.md", "not a knowledge file");
        dir.Write("actors/countries.txt", """
            # code | name | aliases | adjectives | capital | metonyms | centroid
            CHL | Chile | Republic of Chile | Chilean; Chileans | Santiago | Santiago; La Moneda=GOV | -35.7,-71.5
            BOL | Bolivia | Plurinational State of Bolivia | Bolivian; Bolivians | Sucre | La Paz | -16.3,-63.6
            USA | United States | U.S.; US; America | American; Americans | Washington | Washington; Pentagon=MIL; White House=GOV | 39.8,-98.6
            """);
        dir.Write("actors/regions.txt", "LAM | Latin America | | Latin American\n");
        dir.Write("actors/sectors.txt", """
            foreign minister | GOV | title
            president | GOV | title
            soldier | MIL |
            rebel | REB |
            """);
        dir.Write("actors/organisations.txt", "IGOUNO | UNO | United Nations | UN; U.N. |\n");
        dir.Write("actors/armed-groups.txt", "BOLREB | XAG | Example Andean Guerrillas | EAG | BOL\n");
        dir.Write("actors/people/americas.txt", """
            CHL | GOV | foreign minister | Roberto Ampuero | Ampuero | 2018-03-11 | 2019-06-13
            CHL | GOV | foreign minister | Teodoro Ribera | Ribera | 2019-06-13 | 2020-10-28
            USA | GOV | president | Example Holder | Holder | 2010 | 2012-06
            """);
        dir.Write("cameo/actor-types.txt", """
            GOV | Government | sector | national executives and their ministries
            MIL | Military | sector | armed forces
            REB | Rebels | sector | armed opposition
            IGO | Intergovernmental organisation | prefix | bodies of states
            """);
        dir.Write("cameo/event-codes.txt", """
            04 | Consult | 1.0 | CONSULT | talks of any kind
            043 | Host or receive a visit | 2.8 | CONSULT | a meeting at home
            19 | Fight | -10.0 | ASSAULT | armed fighting
            190 | Use conventional military force | -10.0 | ASSAULT | armed fighting, unspecified
            """);
        dir.Write("verbs/04-consult.txt", """
            # code | pattern | flags
            043 | meet with + | mutual
            043 | meet +
            """);
        dir.Write("verbs/19-fight.txt", "190 | attack +\n190 | clash with + | mutual\n");
        dir.Write("places/cities.tsv", "#header\n3871336\tSantiago\tSantiago\tCHL\tSantiago Metropolitan\t-33.45694\t-70.64827\t4837295\tSantiago de Chile\n");
        dir.Write("places/extra.txt", "Silala | Silala river; Siloli | BOL | Potosi | -21.97 | -68.03\n");
    }
}
