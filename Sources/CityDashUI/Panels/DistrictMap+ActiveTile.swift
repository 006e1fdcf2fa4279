extension DistrictMap {
    /// Draws the active district's tile alone, over the same map drawn in `rect` with nothing
    /// lit (a board remembers that map once and lights a tile per selection): the cells are
    /// those of the whole map drawn with the district lit, as tiles never overlap and nothing
    /// else on the map depends on which district is lit.
    func renderActiveTile(in rect: Rect, buffer: inout Buffer) {
        guard let active, rect.width >= Self.minimumWidth, rect.height >= Self.minimumHeight,
              let tile = DistrictMapLayout.tile(for: active) else { return }
        // As `render` places the tiles.
        let area = Self.tileArea(in: rect)
        renderTile(tile, in: DistrictMapLayout.rect(of: tile, in: area), boxed: area.height / DistrictMapLayout.rows >= 3,
                   &buffer)
    }
}
