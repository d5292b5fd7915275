import { useState } from 'react';
import { Box, Button, MenuItem, Paper, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { breakEvenVolume, marginRate, markupRate, priceInclVat, unitMargin } from '../../../shared/compute/pricing';
import { formatCount, formatEuros, formatPercent } from '../../../shared/money';
import { frenchVatRates, isMainlandVatRate, SHORT_TEXT_MAX, type Product } from '../../../shared/plan';
import { RemoveButton } from '../../components/RemoveButton';
import { useAppStore } from '../../app/store';
import { useTradeExample } from '../../app/tradeExample';
import { AmountField } from '../../components/AmountField';
import { ItemControls } from '../../components/ItemControls';
import { PercentField } from '../../components/PercentField';

/** The select's entry that opens a field for a rate of Corsica or overseas. */
const OTHER_RATE = 'other';

function Figure({ label, value, help, testId }: { label: string; value: string; help?: string; testId: string }) {
  return (
    <Box title={help}>
      <Typography variant="caption" color="text.secondary" component="div">
        {label}
      </Typography>
      <Typography sx={{ fontWeight: 600 }} data-testid={testId}>
        {value}
      </Typography>
    </Box>
  );
}

interface ProductRowProps {
  product: Product;
  index: number;
  count: number;
  vatApplicable: boolean;
  fixedCostsCents: number | null;
  autoFocus: boolean;
}

export function ProductRow({ product, index, count, vatApplicable, fixedCostsCents, autoFocus }: ProductRowProps) {
  const { t } = useTranslation();
  const example = useTradeExample();
  const saveItem = useAppStore((state) => state.saveItem);
  const deleteItem = useAppStore((state) => state.deleteItem);
  const moveItem = useAppStore((state) => state.moveItem);
  const update = (patch: Partial<Product>) => saveItem('products', { ...product, ...patch });
  // A typed rate that happens to be a mainland one (20 %) keeps its field open while it is being typed.
  const [customRate, setCustomRate] = useState(() => !isMainlandVatRate(product.vatRateBasisPoints));
  const rate = (value: number | null) => (value === null ? '—' : formatPercent(value));
  const breakEven =
    fixedCostsCents === null
      ? t('offer.product.breakEvenNoCosts')
      : (() => {
          const volume = breakEvenVolume(fixedCostsCents, product);
          return volume === null ? t('offer.product.breakEvenNone') : t('offer.product.breakEvenValue', { count: formatCount(volume) });
        })();
  const setCompetitorPrice = (at: number, patch: Partial<Product['competitorPrices'][number]>) =>
    update({ competitorPrices: product.competitorPrices.map((entry, i) => (i === at ? { ...entry, ...patch } : entry)) });

  return (
    <Paper variant="outlined" sx={{ p: 2 }} data-testid="product">
      <Stack direction="row" spacing={1} sx={{ alignItems: 'flex-start' }}>
        <TextField
          autoFocus={autoFocus}
          label={t('offer.product.name')}
          placeholder={example('productName')}
          value={product.name}
          onChange={(event) => update({ name: event.target.value })}
          // The label sits above, so the example shows before the field has the focus.
          slotProps={{ inputLabel: { shrink: true }, htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'product-name' } }}
        />
        <AmountField
          label={t(vatApplicable ? 'offer.product.unitCost' : 'offerFigures.franchiseLabels.unitCost')}
          cents={product.unitCostCents}
          onCents={(cents) => update({ unitCostCents: cents ?? 0 })}
          sx={{ maxWidth: 170 }}
          slotProps={{ htmlInput: { 'data-testid': 'product-cost' } }}
        />
        <AmountField
          label={t(vatApplicable ? 'offer.product.priceExclVat' : 'offerFigures.franchiseLabels.price')}
          cents={product.priceExclVatCents}
          onCents={(cents) => update({ priceExclVatCents: cents ?? 0 })}
          sx={{ maxWidth: 170 }}
          slotProps={{ htmlInput: { 'data-testid': 'product-price' } }}
        />
        {vatApplicable && (
          <TextField
            select
            label={t('offer.product.vatRate')}
            value={customRate ? OTHER_RATE : String(product.vatRateBasisPoints)}
            onChange={(event) => {
              const chosen = event.target.value;
              setCustomRate(chosen === OTHER_RATE);
              if (chosen !== OTHER_RATE) update({ vatRateBasisPoints: Number(chosen) });
            }}
            sx={{ minWidth: 120, maxWidth: 150 }}
            slotProps={{ htmlInput: { 'data-testid': 'product-vat' } }}
          >
            {frenchVatRates.map((vatRate) => (
              <MenuItem key={vatRate} value={String(vatRate)}>
                {vatRate === 0 ? t('offer.product.noVat') : formatPercent(vatRate)}
              </MenuItem>
            ))}
            <MenuItem value={OTHER_RATE}>{t('offerFigures.vat.otherRate')}</MenuItem>
          </TextField>
        )}
        {vatApplicable && customRate && (
          <PercentField
            label={t('offerFigures.vat.customRate')}
            helperText={t('offerFigures.vat.customRateHelp')}
            basisPoints={product.vatRateBasisPoints}
            onBasisPoints={(vatRateBasisPoints) => update({ vatRateBasisPoints })}
            sx={{ maxWidth: 210 }}
            slotProps={{ htmlInput: { 'data-testid': 'product-vat-custom' } }}
          />
        )}
        <ItemControls
          index={index}
          count={count}
          labels={{ moveUp: t('objectives.moveUp'), moveDown: t('objectives.moveDown'), remove: t('offer.removeProduct') }}
          onMove={(to) => moveItem('products', product.id, to)}
          onRemove={() => deleteItem('products', product.id)}
        />
      </Stack>
      <Box sx={{ display: 'grid', gridTemplateColumns: 'repeat(5, 1fr)', gap: 2, mt: 1.5 }}>
        {vatApplicable ? (
          <Figure label={t('offer.product.priceInclVat')} value={formatEuros(priceInclVat(product))} testId="product-price-incl-vat" />
        ) : (
          <Figure label={t('offer.product.vatRate')} value={t('offerFigures.vat.notApplicable')} testId="product-vat-not-applicable" />
        )}
        <Figure label={t('offer.product.unitMargin')} value={formatEuros(unitMargin(product))} testId="product-margin" />
        <Figure label={t('offer.product.marginRate')} value={rate(marginRate(product))} help={t('offer.product.marginRateHelp')} testId="product-margin-rate" />
        <Figure label={t('offer.product.markupRate')} value={rate(markupRate(product))} help={t('offer.product.markupRateHelp')} testId="product-markup" />
        <Figure label={t('offer.product.breakEven')} value={breakEven} testId="product-break-even" />
      </Box>
      {product.priceExclVatCents > 0 && product.unitCostCents > 0 && (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }} data-testid="product-margin-explained">
          {t('marginExplained', {
            margin: formatEuros(unitMargin(product)),
            price: formatEuros(product.priceExclVatCents),
            cost: formatEuros(product.unitCostCents),
            marginRate: rate(marginRate(product)),
            markupRate: rate(markupRate(product)),
          })}
        </Typography>
      )}
      <Typography variant="subtitle2" sx={{ mt: 1.5, mb: 1 }}>
        {t('offer.product.competitorPrices')}
      </Typography>
      <Stack spacing={1}>
        {product.competitorPrices.map((entry, at) => (
          <Stack key={at} direction="row" spacing={1} sx={{ alignItems: 'center' }}>
            <TextField
              label={t('offer.product.competitorLabel')}
              placeholder={t('offer.product.competitorLabelPlaceholder')}
              value={entry.label}
              onChange={(event) => setCompetitorPrice(at, { label: event.target.value })}
              sx={{ maxWidth: 320 }}
              slotProps={{ htmlInput: { maxLength: SHORT_TEXT_MAX, 'data-testid': 'competitor-price-label' } }}
            />
            <AmountField
              label={t('offer.product.priceExclVat')}
              cents={entry.priceExclVatCents}
              onCents={(cents) => setCompetitorPrice(at, { priceExclVatCents: cents ?? 0 })}
              sx={{ maxWidth: 170 }}
              slotProps={{ htmlInput: { 'data-testid': 'competitor-price' } }}
            />
            <RemoveButton label={t('offer.product.removeCompetitorPrice')} onClick={() => update({ competitorPrices: product.competitorPrices.filter((_, i) => i !== at) })} />
          </Stack>
        ))}
      </Stack>
      <Button
        size="small"
        startIcon={<AddIcon />}
        sx={{ mt: 1 }}
        onClick={() => update({ competitorPrices: [...product.competitorPrices, { competitorId: null, label: '', priceExclVatCents: 0 }] })}
      >
        {t('offer.product.addCompetitorPrice')}
      </Button>
    </Paper>
  );
}
