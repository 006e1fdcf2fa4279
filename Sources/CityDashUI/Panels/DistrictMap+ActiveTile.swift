extension DistrictMap {
    /// The grid cell of the active district's tile, for a map drawn in `rect` (nil when the map
    /// is too small for tiles or nothing is active): `renderActiveTile` draws inside it only.
    func activeTileCell(in rect: Rect) -> Rect? {
        guard let active, rect.width >= Self.minimumWidth, rect.height >= Self.minimumHeight,
              let tile = DistrictMapLayout.tile(for: active) else { return nil }
        return DistrictMapLayout.rect(of: tile, in: Self.tileArea(in: rect))
    }

    /// Draws the active district's tile alone, over the same map drawn in `rect` with nothing
    /// lit (a board remembers that map once and lights a tile per selection): the cells are
    /// those of the whole map drawn with the district lit, as tiles never overlap and nothing
    /// else on the map depends on which district is lit.
    func renderActiveTile(in rect: Rect, buffer: inout Buffer) {
        guard let active, let cell = activeTileCell(in: rect), let tile = DistrictMapLayout.tile(for: active) else { return }
        // As `render` places the tiles.
        renderTile(tile, in: cell, boxed: Self.tileArea(in: rect).height / DistrictMapLayout.rows >= 3, &buffer)
    }
}
