// The invoice PDF ("segunda via"), generated with pdfkit from the same data the pages show. Small:
// built-in Helvetica, no images, one page.
import PDFDocument from 'pdfkit';
import { DISTRIBUTOR, STATUS_LABEL, dateLabel, formatLine, kwhLabel, monthLabel, type HolderData, type PortalInvoice, type PortalUnit } from './data';
import { brl } from './html';

export function invoicePdf(holder: HolderData, unit: PortalUnit, invoice: PortalInvoice): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const issued = new Date(`${invoice.referenceMonth}-28T12:00:00Z`);
    const doc = new PDFDocument({
      size: 'A4',
      margin: 48,
      compress: true,
      info: {
        Title: `Fatura ${monthLabel(invoice.referenceMonth)} UC ${unit.uc}`,
        Author: DISTRIBUTOR.name,
        Subject: `Fatura de energia elétrica ${invoice.id}`,
        CreationDate: issued,
        ModDate: issued,
      },
    });
    const chunks: Buffer[] = [];
    doc.on('data', (c: Buffer) => chunks.push(c));
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);

    doc.font('Helvetica-Bold').fontSize(16).text(DISTRIBUTOR.name);
    doc.font('Helvetica').fontSize(9).text(`CNPJ 11.222.333/0001-81 · Nota Fiscal/Conta de Energia Elétrica Eletrônica (NF3e)`);
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(12).text(`Fatura ${invoice.id}`);
    doc.font('Helvetica').fontSize(10);
    const line = (label: string, value: string) => {
      doc.font('Helvetica-Bold').text(`${label}: `, { continued: true }).font('Helvetica').text(value);
    };
    line('Titular', holder.name);
    line('CPF/CNPJ', holder.taxIdFormatted);
    line('Unidade consumidora (UC)', unit.uc);
    line('Código do cliente', unit.cdc);
    line('Endereço', unit.address);
    line('Classe', unit.tariffClass);
    doc.moveDown(0.5);
    line('Referência', monthLabel(invoice.referenceMonth));
    line('Vencimento', dateLabel(invoice.dueDate));
    line('Consumo', kwhLabel(invoice.kwh));
    line('Situação', STATUS_LABEL[invoice.status]);
    doc.moveDown(0.5);
    doc.font('Helvetica-Bold').fontSize(14).text(`Total a pagar: ${brl(invoice.amountCents)}`);
    doc.moveDown();

    doc.font('Helvetica-Bold').fontSize(11).text('Itens da fatura');
    doc.font('Helvetica').fontSize(10);
    for (const item of invoice.items) {
      const y = doc.y;
      doc.text(item.description, 48, y, { width: 360 });
      doc.text(brl(item.amountCents), 420, y, { width: 120, align: 'right' });
    }
    doc.x = 48;
    doc.moveDown();
    doc.font('Helvetica-Bold').fontSize(11).text('Linha digitável');
    doc.font('Courier').fontSize(11).text(formatLine(invoice.barcodeLine));
    if (invoice.pixCopyPaste) {
      doc.moveDown(0.5);
      doc.font('Helvetica-Bold').fontSize(11).text('PIX copia e cola');
      doc.font('Courier').fontSize(8).text(invoice.pixCopyPaste);
    }
    doc.moveDown();
    doc.font('Helvetica').fontSize(8).fillColor('#555').text('Documento gerado pelo ambiente de simulação da agência virtual.');
    doc.end();
  });
}
