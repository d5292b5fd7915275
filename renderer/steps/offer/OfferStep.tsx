import { Alert, AlertTitle, Box, Button, Checkbox, FormControlLabel, MenuItem, Stack, TextField, Typography } from '@mui/material';
import AddIcon from '@mui/icons-material/Add';
import { useTranslation } from 'react-i18next';
import { LONG_TEXT_MAX, type Offer, type Product } from '../../../shared/plan';
import { useFocusOnAdd } from '../../app/focusNew';
import { newId } from '../../app/ids';
import { useAppStore } from '../../app/store';
import { AmountField } from '../../components/AmountField';
import { SectionHeading } from '../../components/SectionHeading';
import { StepHeader } from '../../components/StepHeader';
import { BreakEvenPanel } from './BreakEvenPanel';
import { ProductRow } from './ProductRow';

const priceStrategies: Offer['priceStrategy'][] = ['premium', 'aligned', 'penetration', 'undecided'];

const newProduct = (): Product => ({
  id: newId(),
  name: '',
  unitCostCents: 0,
  priceExclVatCents: 0,
  vatRateBasisPoints: 2000,
  competitorPrices: [],
  notes: '',
});

export function OfferStep() {
  const { t } = useTranslation();
  const offer = useAppStore((state) => state.opened?.plan.offer);
  const products = useAppStore((state) => state.opened?.plan.products);
  const company = useAppStore((state) => state.opened?.plan.company);
  const updateSection = useAppStore((state) => state.updateSection);
  const saveItem = useAppStore((state) => state.saveItem);
  const focus = useFocusOnAdd();
  if (!offer || !products || !company) return null;
  const update = (patch: Partial<Offer>) => updateSection('offer', { ...offer, ...patch });
  const text = (key: 'description' | 'competitiveAdvantage' | 'priceStrategyNote') => (
    <TextField
      label={t(`offer.${key}`)}
      placeholder={t(`offer.${key}Placeholder`)}
      value={offer[key]}
      multiline
      minRows={2}
      onChange={(event) => update({ [key]: event.target.value })}
      slotProps={{ htmlInput: { maxLength: LONG_TEXT_MAX, 'data-testid': `offer-${key}` } }}
    />
  );

  return (
    <Stack spacing={3} sx={{ maxWidth: 1200 }}>
      <StepHeader step="offer" intro={t('offer.intro')} />
      <Box sx={{ display: 'grid', gridTemplateColumns: '1fr 1fr', gap: 2 }}>
        {text('description')}
        {text('competitiveAdvantage')}
        <TextField
          select
          label={t('offer.priceStrategy')}
          value={offer.priceStrategy}
          onChange={(event) => update({ priceStrategy: event.target.value as Offer['priceStrategy'] })}
          slotProps={{ htmlInput: { 'data-testid': 'offer-price-strategy' } }}
        >
          {priceStrategies.map((strategy) => (
            <MenuItem key={strategy} value={strategy}>
              {t(`offer.priceStrategies.${strategy}`)}
            </MenuItem>
          ))}
        </TextField>
        {text('priceStrategyNote')}
        <AmountField
          label={t(offer.vatApplicable ? 'offer.fixedCosts' : 'offerFigures.franchiseLabels.fixedCosts')}
          placeholder={t('offer.fixedCostsPlaceholder')}
          helperText={t('offer.fixedCostsHelp')}
          cents={offer.fixedCostsCents}
          onCents={(fixedCostsCents) => update({ fixedCostsCents })}
          slotProps={{ htmlInput: { 'data-testid': 'offer-fixed-costs' } }}
        />
        <Box>
          <FormControlLabel
            control={<Checkbox checked={offer.vatApplicable} onChange={(event) => update({ vatApplicable: event.target.checked })} />}
            label={t('offer.vatApplicable')}
          />
          <Typography variant="caption" color="text.secondary" component="p">
            {t('offer.vatApplicableHelp')}
          </Typography>
        </Box>
      </Box>
      {!offer.vatApplicable && (
        <Alert severity="info" data-testid="offer-franchise">
          <AlertTitle>{t('offerFigures.vat.notApplicable')}</AlertTitle>
          {t('offerFigures.amountsTtcUnderFranchise')}
        </Alert>
      )}
      <Box component="section" aria-labelledby="products-title">
        <SectionHeading id="products-title" title={t('offer.productsTitle')} help={t('offer.productsHelp')} />
        <Stack spacing={1.5}>
          {products.length === 0 && <Typography color="text.secondary">{t('offer.noProduct')}</Typography>}
          {products.map((product, index) => (
            <ProductRow
              key={product.id}
              product={product}
              index={index}
              count={products.length}
              vatApplicable={offer.vatApplicable}
              fixedCostsCents={offer.fixedCostsCents}
              autoFocus={focus.shouldFocus(product.id)}
            />
          ))}
        </Stack>
        <Button
          startIcon={<AddIcon />}
          variant="outlined"
          sx={{ mt: 1.5 }}
          onClick={() => saveItem('products', focus.created(newProduct()))}
          data-testid="add-product"
        >
          {t('offer.addProduct')}
        </Button>
      </Box>
      <BreakEvenPanel offer={offer} products={products} company={company} />
    </Stack>
  );
}
