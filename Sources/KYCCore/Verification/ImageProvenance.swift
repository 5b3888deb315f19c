/// Traces of editing in an image file's metadata: a weak fraud signal (a genuine user may
/// crop a photo), never a reason on its own.
public enum ImageProvenance {
    /// Editor names that EXIF `Software` and XMP `CreatorTool` carry after editing.
    static let editors = ["Photoshop", "GIMP", "Snapseed", "PicsArt", "Canva", "Pixelmator", "Lightroom",
                          "Affinity", "Paint.NET", "Fotor", "Meitu", "Remini", "FaceApp"]

    /// What was found: editor names, or that a PNG (how screenshots are saved) stands where a
    /// camera photo is expected.
    public static func editingTraces(_ bytes: [UInt8]) -> [String] {
        var traces: [String] = []
        if FileFormat.sniff(bytes) == .png { traces.append("png_screenshot_format") }
        // Metadata sits at the start of the file: search the first 64 KiB only.
        let head = String(decoding: bytes.prefix(65_536).map { $0 >= 32 && $0 < 127 ? $0 : 32 }, as: UTF8.self).lowercased()
        for editor in editors where head.contains(editor.lowercased()) { traces.append("edited_with_" + editor.lowercased()) }
        return traces
    }
}
