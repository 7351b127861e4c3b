import Foundation

/// A small hand-made dataset whose every figure can be checked by hand: three member states
/// (Croatia joins on 2013-07-01), two partner countries, two mobility partnerships, one regional
/// process and one region.
enum FixtureDataset {
  static let nodes = """
    id,kind,label,subtype,start,end,status,city,amount_eur,citation,confidence,note
    DE,member-state,Germany,,1958-01-01,,,,,EU accession treaties,high,
    FR,member-state,France,,1958-01-01,,,,,EU accession treaties,high,
    HR,member-state,Croatia,,2013-07-01,,,,,EU accession treaties,high,
    MD,third-country,Moldova,,,,,,,COM(2014) 96 §2.2,seed,
    GE,third-country,Georgia,,,,,,,COM(2014) 96 §2.2,seed,
    mp-moldova,mobility-partnership,Mobility partnership EU–Moldova,,2008-06-05,,concluded,,,COM(2014) 96 Annex I,seed,
    mp-georgia,mobility-partnership,Mobility partnership EU–Georgia,,2009-11-30,,concluded,,,COM(2014) 96 Annex I,seed,
    prague-process,regional-process,Prague Process,,2009-04-28,,,,,COM(2014) 96 §3.1,seed,
    eastern-partnership,region,Eastern Partnership,,,,,,,COM(2014) 96 §3.1,seed,

    """

  static let edges = """
    id,source,target,kind,role,start,end,status,amount_eur,weight,citation,confidence,note
    de-mp-moldova,DE,mp-moldova,participates-in,signatory,2008-06-05,,,,,IP/08/894,high,
    fr-mp-moldova,FR,mp-moldova,participates-in,signatory,2008-06-05,,,,,IP/08/894,high,
    fr-mp-georgia,FR,mp-georgia,participates-in,signatory,2009-11-30,,,,,IP/09/1853,high,
    de-mp-georgia,DE,mp-georgia,participates-in,signatory,2009-11-30,,,,2,IP/09/1853,high,
    md-mp-moldova,MD,mp-moldova,participates-in,partner,2008-06-05,,concluded,,,COM(2014) 96 Annex I,seed,
    ge-mp-georgia,GE,mp-georgia,participates-in,partner,2009-11-30,,concluded,,,COM(2014) 96 Annex I,seed,
    md-prague,MD,prague-process,participates-in,participant,,,,,,COM(2014) 96 §3.1,seed,
    ge-prague,GE,prague-process,participates-in,participant,,,,,,COM(2014) 96 §3.1,seed,
    de-prague,DE,prague-process,participates-in,participant,,,,,,COM(2014) 96 §3.1,seed,
    hr-prague,HR,prague-process,participates-in,participant,2013-07-01,,,,,COM(2014) 96 §3.1,seed,
    md-region,MD,eastern-partnership,in-region,,,,,,,COM(2014) 96 §3.1,seed,
    ge-region,GE,eastern-partnership,in-region,,,,,,,COM(2014) 96 §3.1,seed,
    de-prague-again,DE,prague-process,participates-in,chair,2012,2012,,,,COM(2014) 96 §3.1,seed,

    """

  /// Writes the dataset into a new temporary folder named `name` and returns its path.
  static func write(name: String = "fixture", nodes: String = nodes, edges: String = edges) throws -> URL {
    let folder = try TemporaryFolder.make().appendingPathComponent(name)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    try Data(nodes.utf8).write(to: folder.appendingPathComponent("nodes.csv"))
    try Data(edges.utf8).write(to: folder.appendingPathComponent("edges.csv"))
    return folder
  }
}
