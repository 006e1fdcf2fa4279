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

    /// Height of one row of headline cards: normal, and with block digits on big screens.
    public static let cardHeight = 5
    public static let tallCardHeight = 7
    public let cardHeight: Int
    /// Narrowest headline card.
    public static let minimumCardWidth = 24

    /// The scrolling highlights line of kiosk mode (empty otherwise).
    public let ticker: Rect

    /// The layout of a state's screen (its content size, panel and mode).
    public init(for state: AppState) {
        self.init(width: state.width, height: state.height, panel: state.panel, kiosk: state.kiosk != nil)
    }

    public init(width: Int, height: Int, panel: PanelID = .towns, kiosk: Bool = false) {
        screen = Rect(x: 0, y: 0, width: width, height: height)
        header = screen.row(0)
        tabs = screen.row(1)
        status = screen.row(height - 1)
        ticker = kiosk ? screen.row(height - 2) : Rect(x: 0, y: height - 1, width: width, height: 0)
        body = Rect(x: 0, y: 2, width: width, height: height - 3 - ticker.height)

        var rest = body
        // Block digits need taller cards: on big screens, and in kiosk mode from 30 rows.
        cardHeight = height >= 56 || (kiosk && height >= 30) ? Self.tallCardHeight : Self.cardHeight
        if panel == .overview {
            let cardRows = body.height >= 44 ? 2 : 1
            cards = Rect(x: body.x, y: body.y, width: body.width, height: cardRows * cardHeight)
            rest = body.inset(top: cards.height)
        } else {
            cards = Rect(x: body.x, y: body.y, width: body.width, height: 0)
        }
        let wantsPreview = panel != .overview || width >= 140
        if panel == .district {
            // The district page draws its own parts (`DistrictPage.geometry`): no list rows.
            listFrame = rest
            preview = Rect(x: rest.maxX, y: rest.y, width: 0, height: rest.height)
            list = Rect(x: rest.x, y: rest.y, width: 0, height: 0)
            return
        }
        if wantsPreview {
            let listWidth = panel == .overview ? rest.width * 58 / 100 : max(36, rest.width * 45 / 100)
            let columns = Layout.columns(rest, [.length(listWidth), .fill])
            listFrame = columns[0]
            preview = columns[1]
        } else {
            listFrame = rest
            preview = Rect(x: rest.maxX, y: rest.y, width: 0, height: rest.height)
        }
        // Inside the border, below the column header row.
        list = listFrame.inset(top: 2, right: 1, bottom: 1, left: 1)
    }

    public var listRows: Int { list.height }

    /// How many headline cards fit in one row.
    public var cardsPerRow: Int { max(1, cards.width / Self.minimumCardWidth) }
}
