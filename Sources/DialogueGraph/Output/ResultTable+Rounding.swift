import Foundation

extension ResultTable {
  /// The table with every ``Cell/number(_:)`` rounded to `decimals` places (half away from zero),
  /// for CSV files people open in a spreadsheet: `0.03`, not `0.029999999999999992`. JSON keeps
  /// full precision, so programs never lose digits.
  public func roundingNumbers(to decimals: Int) -> ResultTable {
    var copy = self
    let scale = pow(10, Double(decimals))
    copy.rows = rows.map { row in
      row.map { cell in
        guard case .number(let x) = cell, x.isFinite else { return cell }
        return .number((x * scale).rounded() / scale)
      }
    }
    return copy
  }
}
