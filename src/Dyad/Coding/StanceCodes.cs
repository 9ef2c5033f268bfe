using Dyad.Domain;

namespace Dyad.Coding;

/// <summary>
/// CAMEO's codes for an action announced rather than done: a pledge to cooperate ("Peru will send aid" → 033x),
/// a threat ("the army will crush them" → 13x) and a refusal ("Serbia will not meet Kosovo" → 12x). Follows the
/// codebook's parallel structure: 03 mirrors 04–09, 13 mirrors 15–20, 12 mirrors 03.
/// </summary>
public static class StanceCodes
{
    /// <summary>The code for announcing <paramref name="code"/> as one's own future action; null when CAMEO has none.</summary>
    public static string? Announced(CameoCode code)
    {
        var v = code.Value;
        return code.Root switch
        {
            "01" or "02" or "03" or "10" or "11" or "12" or "13" => v,
            "04" => "036",
            "05" => v.StartsWith("057", StringComparison.Ordinal) ? "037" : "032",
            "06" => v switch { "061" => "0311", "062" => "0312", "063" => "0313", "064" => "0314", _ => "031" },
            "07" => v switch { "071" => "0331", "072" => "0332", "073" => "0333", "074" => "0334", "075" => "0333", _ => "033" },
            "08" => v[..3] switch
            {
                "081" => "0351", "082" => "0352", "083" => "034", "084" => "0353", "085" => "0354", "086" => "0355", "087" => "0356",
                _ => "035",
            },
            "09" => null,
            "14" => "133",
            "15" => "138",
            "16" => v[..3] switch { "161" => "1313", "162" => "1311", "163" => "1312", "166" => "1313", _ => "131" },
            "17" => v[..3] switch { "172" => "132", _ => "137" },
            "18" => v[..3] is "180" or "181" or "183" or "185" or "186" ? "1383" : "138",
            "19" => v[..3] switch { "191" => "1381", "192" => "1382", _ => "1384" },
            "20" => v[..3] is "204" ? "1385" : "1383",
            _ => null,
        };
    }

    /// <summary>The code for declaring one will not do <paramref name="code"/> ("will not meet" → 125); null when it is no refusal.</summary>
    public static string? Refused(CameoCode code) => code.Root switch
    {
        "04" => "125",
        "05" => code.Value.StartsWith("057", StringComparison.Ordinal) ? "127" : "120",
        "06" => code.Value switch { "061" => "1211", "062" => "1212", _ => "121" },
        "07" => "122",
        "08" => code.Value[..3] switch
        {
            "081" => "1241", "082" => "1242", "083" => "123", "084" => "1243", "085" => "1244", "086" => "1245", "087" => "1246",
            _ => "124",
        },
        _ => null,
    };

    /// <summary>
    /// The code for asking another to do <paramref name="code"/>: an appeal (02x) or, with <paramref name="demand"/>, a
    /// demand (10x); CAMEO numbers both families alike ("urge X to free" → 0253, "demand that X free" → 1053).
    /// </summary>
    public static string? Requested(CameoCode code, bool demand)
    {
        var v = code.Value;
        var suffix = code.Root switch
        {
            "04" => "6",
            "05" => "2",
            "06" => v switch { "061" => "11", "062" => "12", "063" => "13", "064" => "14", _ => "1" },
            "07" => v switch { "071" => "31", "072" => "32", "073" => "33", "074" => "34", _ => "3" },
            "08" => (v + "0")[..4] switch
            {
                "0831" => "41", "0832" => "42", "0833" => "43", "0834" => "44",
                _ => v.Length < 3 ? "5" : v[..3] switch
                {
                    "081" => "51", "082" => "52", "083" => "4", "084" => "53", "085" => "54", "086" => "55", "087" => "56",
                    _ => "5",
                },
            },
            _ => null,
        };

        return suffix is null ? null : (demand ? "10" : "02") + suffix;
    }
}
