/**
 * Test-corpus generator: realistic shipment dossiers as digital PDFs, with injectable faults.
 *
 * <h2>Pieces</h2>
 * <ul>
 *   <li>Model (records): {@link io.customsreview.hub.corpus.Shipment}, {@link io.customsreview.hub.corpus.Party},
 *       {@link io.customsreview.hub.corpus.GoodsLine}, {@link io.customsreview.hub.corpus.ContainerUnit},
 *       {@link io.customsreview.hub.corpus.Port}; reference data in {@code Catalog} (real HS codes, ports, carriers).</li>
 *   <li>{@link io.customsreview.hub.corpus.ShipmentFactory}: seed to consistent shipment (dates in order, amounts exact
 *       to the cent, ISO 6346 container numbers, insured 110-120 %).</li>
 *   <li>Each document gets a "view" (a copy of the shipment) and a {@link io.customsreview.hub.corpus.DocStyle}
 *       (layout, number/date format, weight unit, currency sign, HS format, label synonyms, compliant variants).</li>
 *   <li>{@link io.customsreview.hub.corpus.Fault} / {@code FaultInjector}: change one view (or all, where consistency
 *       requires) and record what changed ({@link io.customsreview.hub.corpus.FaultRecord}).</li>
 *   <li>Per-type content ({@code ContractContent}, {@code InvoiceContent}, ...) and the shared layout engine
 *       {@code PdfLayout}: KEY_VALUE (two columns of "Label: value"), BOXED_GRID (label above value in ruled cells),
 *       LETTER (letterhead, prose paragraphs, table, closing).</li>
 *   <li>{@code EdifactRenderer} ({@link io.customsreview.hub.corpus.FaultPlan#withEdi()}, {@code CorpusMain ... edi}):
 *       the same views of contract, invoice, packing list, bill of lading and declaration as ORDERS, INVOIC, DESADV,
 *       IFTMIN and CUSDEC interchanges, written from the D.96A/D.01B message structures and code lists (never from
 *       the hub's mapper), in the style {@link io.customsreview.hub.corpus.EdiStyle} draws per document (directory,
 *       UNA, decimal comma, line breaks, syntax level and bytes, qualifier variants); certificate of origin and
 *       insurance stay PDFs.</li>
 *   <li>{@link io.customsreview.hub.corpus.CorpusGenerator} writes SHP-&lt;seed&gt;-NNNN folders with shuffled,
 *       meaninglessly named PDFs, and &lt;corpus&gt;.expected/&lt;id&gt;.json outside the corpus folder; {@link io.customsreview.hub.corpus.CorpusMain} is the CLI.</li>
 * </ul>
 *
 * <h2>&lt;corpus&gt;.expected/&lt;id&gt;.json</h2>
 * {@code dossierId, seed, faults[], expectedRules[], clean, toleratedRules[], faultDetails[{fault, document, field,
 * from, to}], compliantVariants[], documents[{file, type, title, layout, style, fields{... canonical truth ...}}],
 * unreadableFiles[{file, reason}]}. {@code documents[].fields} is the ground truth for measuring extraction:
 * amounts/weights as plain decimals, dates ISO, B/L and container numbers without spaces, HS codes as the digits printed.
 */
package io.customsreview.hub.corpus;
