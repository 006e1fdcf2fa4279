/// Where everything goes on a screen of a given size. The view draws into these rectangles
/// and the reducer uses the same ones for page sizes and mouse clicks.
public struct DashboardLayout: Sendable {
    public let screen: Rect
    public let header: Rect
    public let tabs: Rect
    public let body: Rect
    public let status: Rect
    /// Headline figure cards (overview only; empty elsewhere).
    public let cards: Rect
    /// The framed list and its inner rows (below the column header).
    public let listFrame: Rect
    public let list: Rect
    /// The preview of the selected item (empty when the screen is too narrow for one).
    public let preview: Rect
    /// Charts of related figures below the overview's preview (empty when there is no room).
    public let charts: Rect

    /// The largest block-digit size headline cards may use (nil: one-line figures); a row of
    /// cards drops to a smaller size when one of its figures does not fit.
    public let digitSize: DigitSize?
    /// Height of one row of headline cards, from `digitSize`.
    public let cardHeight: Int
    /// Narrowest headline card: from 120 columns wide enough for a 24-column short title.
    public let minimumCardWidth: Int

    /// The scrolling highlights line of kiosk mode (empty otherwise).
    public let ticker: Rect
    /// The district map beside the overview's headline cards on big screens (empty otherwise).
    public let overviewMap: Rect

    /// The layout of a state's screen (its content size, panel and mode). The state is
    /// borrowed, not copied: this runs several times a frame and a kiosk tick, and a copy of
    /// `AppState` (or of its kiosk state, which `!= nil` would make) costs thousands of
    /// instructions.
    public init(for state: borrowing AppState) {
        let kiosk: Bool
        switch state.kiosk {
        case .some: kiosk = true
        case .none: kiosk = false
        }
        self.init(width: state.width, height: state.height, panel: state.panel, kiosk: kiosk)
    }

    public init(width: Int, height: Int, panel: PanelID = .towns, kiosk: Bool = false) {
        screen = Rect(x: 0, y: 0, width: width, height: height)
        header = screen.row(0)
        tabs = screen.row(1)
        status = screen.row(height - 1)
        ticker = kiosk ? screen.row(height - 2) : Rect(x: 0, y: height - 1, width: width, height: 0)
        body = Rect(x: 0, y: 2, width: width, height: height - 3 - ticker.height)

        var rest = body
        // Digits grow with the screen: 7 rows from 70 lines, 5 from 50, 3 from 34 (30 in kiosk mode).
        let digitSize: DigitSize? = height >= 70 ? .large : height >= 50 ? .medium
            : height >= 34 || (kiosk && height >= 30) ? .small : nil
        self.digitSize = digitSize
        cardHeight = FigureCard.height(for: digitSize)
        minimumCardWidth = switch digitSize {
        case .large: 56
        case .medium: 38
        case .small, nil: width >= 120 ? 30 : 24
        }
        if panel == .overview {
            let cardRows = body.height >= 44 ? 2 : 1
            let band = Rect(x: body.x, y: body.y, width: body.width, height: cardRows * cardHeight)
            // From 160x45 (outside kiosk mode) the map of the districts stands beside the cards,
            // about as wide as the cards are tall allows it to keep its shape.
            let mapWidth = min(max(DistrictMap.minimumWidth + 2, band.height * 5 / 2 + 4), width / 4)
            if !kiosk && width >= 160 && height >= 45 && band.height >= DistrictMap.minimumHeight {
                cards = band.inset(right: mapWidth)
                overviewMap = Rect(x: cards.maxX, y: band.y, width: mapWidth, height: band.height)
            } else {
                cards = band
                overviewMap = Rect(x: band.maxX, y: band.y, width: 0, height: 0)
            }
            rest = body.inset(top: cards.height)
        } else {
            cards = Rect(x: body.x, y: body.y, width: body.width, height: 0)
            overviewMap = Rect(x: body.maxX, y: body.y, width: 0, height: 0)
        }
        let wantsPreview = panel != .overview || width >= 120
        if panel == .district {
            // The district page draws its own parts (`DistrictPage.geometry`): no list rows.
            listFrame = rest
            preview = Rect(x: rest.maxX, y: rest.y, width: 0, height: rest.height)
            list = Rect(x: rest.x, y: rest.y, width: 0, height: 0)
            charts = Rect(x: rest.maxX, y: rest.y, width: 0, height: 0)
            return
        }
        var charts = Rect(x: rest.maxX, y: rest.y, width: 0, height: 0)
        if wantsPreview {
            let listWidth = panel == .overview ? rest.width * 58 / 100 : max(36, rest.width * 45 / 100)
            let columns = Layout.columns(rest, [.length(listWidth), .fill])
            listFrame = columns[0]
            var preview = columns[1]
            // Tall overviews show charts of related figures under a shorter preview.
            if panel == .overview && columns[1].height >= 24 {
                let previewHeight = max(10, columns[1].height * 2 / 5)
                preview = Rect(x: columns[1].x, y: columns[1].y, width: columns[1].width, height: previewHeight)
                charts = columns[1].inset(top: previewHeight)
            }
            self.preview = preview
        } else {
            listFrame = rest
            preview = Rect(x: rest.maxX, y: rest.y, width: 0, height: rest.height)
        }
        self.charts = charts
        // Inside the border, below the column header row.
        list = listFrame.inset(top: 2, right: 1, bottom: 1, left: 1)
    }

    public var listRows: Int { list.height }

    /// How many headline cards fit in one row.
    public var cardsPerRow: Int { max(1, cards.width / minimumCardWidth) }
}
