// Code generated - DO NOT EDIT.
// This file is a generated binding and any manual changes will be lost.

package bindings

import (
	"context"
	"errors"
	"math/big"
	"strings"
	"time"

	ethereum "github.com/ethereum/go-ethereum"
	"github.com/ethereum/go-ethereum/accounts/abi"
	"github.com/ethereum/go-ethereum/accounts/abi/bind"
	"github.com/ethereum/go-ethereum/common"
	"github.com/ethereum/go-ethereum/core/types"
	"github.com/ethereum/go-ethereum/event"
)

// Reference imports to suppress errors if they are not otherwise used.
var (
	_ = errors.New
	_ = big.NewInt
	_ = strings.NewReader
	_ = ethereum.NotFound
	_ = bind.Bind
	_ = common.Big1
	_ = types.BloomLookup
	_ = event.NewSubscription
	_ = abi.ConvertType
	_ = time.Tick
	_ = context.Background
)

// ChannelBaseChannel is an auto generated low-level Go binding around an user-defined struct.
type ChannelBaseChannel struct {
	WeiHub        *big.Int
	WeiUser       *big.Int
	TokenHub      *big.Int
	TokenUser     *big.Int
	WeiTotal      *big.Int
	TokenTotal    *big.Int
	TxCountGlobal uint64
	TxCountChain  uint64
	ClosingTime   uint64
	ThreadCount   uint32
	Status        uint8
	LockedWei     *big.Int
	LockedToken   *big.Int
	ThreadRoot    [32]byte
	LockRoot      [32]byte
}

// ChannelBaseThreadDispute is an auto generated low-level Go binding around an user-defined struct.
type ChannelBaseThreadDispute struct {
	WeiSender     *big.Int
	WeiReceiver   *big.Int
	TokenSender   *big.Int
	TokenReceiver *big.Int
	TxCount       uint64
	ClosingTime   uint64
	Emptied       bool
}

// ChannelTypesChannelState is an auto generated low-level Go binding around an user-defined struct.
type ChannelTypesChannelState struct {
	Hub                        common.Address
	User                       common.Address
	Recipient                  common.Address
	WeiHub                     *big.Int
	WeiUser                    *big.Int
	TokenHub                   *big.Int
	TokenUser                  *big.Int
	PendingDepositWeiHub       *big.Int
	PendingWithdrawalWeiHub    *big.Int
	PendingDepositWeiUser      *big.Int
	PendingWithdrawalWeiUser   *big.Int
	PendingDepositTokenHub     *big.Int
	PendingWithdrawalTokenHub  *big.Int
	PendingDepositTokenUser    *big.Int
	PendingWithdrawalTokenUser *big.Int
	TxCountGlobal              *big.Int
	TxCountChain               *big.Int
	ThreadRoot                 [32]byte
	ThreadCount                *big.Int
	LockRoot                   [32]byte
	LockedWei                  *big.Int
	LockedToken                *big.Int
	Timeout                    *big.Int
}

// ChannelTypesLock is an auto generated low-level Go binding around an user-defined struct.
type ChannelTypesLock struct {
	Id          *big.Int
	ToUser      bool
	AmountWei   *big.Int
	AmountToken *big.Int
	Hashlock    [32]byte
	Expiry      *big.Int
}

// ChannelTypesThreadState is an auto generated low-level Go binding around an user-defined struct.
type ChannelTypesThreadState struct {
	Hub           common.Address
	Sender        common.Address
	Receiver      common.Address
	ThreadId      *big.Int
	WeiSender     *big.Int
	WeiReceiver   *big.Int
	TokenSender   *big.Int
	TokenReceiver *big.Int
	TxCount       *big.Int
}

// ChannelManagerMetaData contains all meta data concerning the ChannelManager contract.
var ChannelManagerMetaData = &bind.MetaData{
	ABI: "[{\"inputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"token_\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"challengePeriod_\",\"type\":\"uint256\"}],\"stateMutability\":\"nonpayable\",\"type\":\"constructor\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"closingTime\",\"type\":\"uint256\"}],\"name\":\"ChallengePeriodNotOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"closingTime\",\"type\":\"uint256\"}],\"name\":\"ChallengePeriodOver\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotOpen\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"}],\"name\":\"ChannelNotSettling\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ECDSAInvalidSignature\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"length\",\"type\":\"uint256\"}],\"name\":\"ECDSAInvalidSignatureLength\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"s\",\"type\":\"bytes32\"}],\"name\":\"ECDSAInvalidSignatureS\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InsufficientChannelFunds\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"InsufficientReserve\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stored\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"InvalidChainCount\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidParties\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidProof\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidShortString\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"expectedSigner\",\"type\":\"address\"}],\"name\":\"InvalidSignature\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"InvalidThreadState\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"LockAlreadyResolved\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"name\":\"LockNotYetResolvable\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"caller\",\"type\":\"address\"}],\"name\":\"NotAParty\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"NothingToClaim\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"earliest\",\"type\":\"uint256\"}],\"name\":\"NukeTooEarly\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ReentrancyGuardReentrantCall\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint8\",\"name\":\"bits\",\"type\":\"uint8\"},{\"internalType\":\"uint256\",\"name\":\"value\",\"type\":\"uint256\"}],\"name\":\"SafeCastOverflowedUintDowncast\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"token\",\"type\":\"address\"}],\"name\":\"SafeERC20FailedOperation\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"stored\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"given\",\"type\":\"uint256\"}],\"name\":\"StaleNonce\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"string\",\"name\":\"str\",\"type\":\"string\"}],\"name\":\"StringTooLong\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadAlreadyEmptied\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadAlreadyInDispute\",\"type\":\"error\"},{\"inputs\":[],\"name\":\"ThreadNotInDispute\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"name\":\"UpdateExpired\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"to\",\"type\":\"address\"}],\"name\":\"WeiTransferFailed\",\"type\":\"error\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"expected\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"sent\",\"type\":\"uint256\"}],\"name\":\"WrongDepositValue\",\"type\":\"error\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToHub\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToHub\",\"type\":\"uint256\"}],\"name\":\"ChannelEmptied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"ChannelReopened\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"bool\",\"name\":\"byHub\",\"type\":\"bool\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"}],\"name\":\"ChannelUpdated\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"Claimed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[],\"name\":\"EIP712DomainChanged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"challenger\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"}],\"name\":\"ExitChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"initiator\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"}],\"name\":\"ExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"HubReserveDeposited\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"HubReserveWithdrawn\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"leaf\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"address\",\"name\":\"paidTo\",\"type\":\"address\"}],\"name\":\"LockResolved\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"PayoutDeferred\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"bytes32\",\"name\":\"preimage\",\"type\":\"bytes32\"}],\"name\":\"PreimageRevealed\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"name\":\"ThreadChallenged\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"}],\"name\":\"ThreadEmptied\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"bytes32\",\"name\":\"threadKey\",\"type\":\"bytes32\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"name\":\"ThreadExitStarted\",\"type\":\"event\"},{\"anonymous\":false,\"inputs\":[{\"indexed\":true,\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"indexed\":true,\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"weiToUser\",\"type\":\"uint256\"},{\"indexed\":false,\"internalType\":\"uint256\",\"name\":\"tokenToUser\",\"type\":\"uint256\"}],\"name\":\"ThreadsNuked\",\"type\":\"event\"},{\"inputs\":[],\"name\":\"NUKE_DELAY_PERIODS\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"challenge\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"challengePeriod\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"update\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sig\",\"type\":\"bytes\"}],\"name\":\"challengeThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"channelKey\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"}],\"name\":\"channelStateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"claim\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"eip712Domain\",\"outputs\":[{\"internalType\":\"bytes1\",\"name\":\"fields\",\"type\":\"bytes1\"},{\"internalType\":\"string\",\"name\":\"name\",\"type\":\"string\"},{\"internalType\":\"string\",\"name\":\"version\",\"type\":\"string\"},{\"internalType\":\"uint256\",\"name\":\"chainId\",\"type\":\"uint256\"},{\"internalType\":\"address\",\"name\":\"verifyingContract\",\"type\":\"address\"},{\"internalType\":\"bytes32\",\"name\":\"salt\",\"type\":\"bytes32\"},{\"internalType\":\"uint256[]\",\"name\":\"extensions\",\"type\":\"uint256[]\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"emptyChannel\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"}],\"name\":\"emptyThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"getChannel\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"weiHub\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiUser\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenHub\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenUser\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiTotal\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenTotal\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"txCountGlobal\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"txCountChain\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingTime\",\"type\":\"uint64\"},{\"internalType\":\"uint32\",\"name\":\"threadCount\",\"type\":\"uint32\"},{\"internalType\":\"enumChannelBase.Status\",\"name\":\"status\",\"type\":\"uint8\"},{\"internalType\":\"uint128\",\"name\":\"lockedWei\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"lockedToken\",\"type\":\"uint128\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"}],\"internalType\":\"structChannelBase.Channel\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"}],\"name\":\"getThread\",\"outputs\":[{\"components\":[{\"internalType\":\"uint128\",\"name\":\"weiSender\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"weiReceiver\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenSender\",\"type\":\"uint128\"},{\"internalType\":\"uint128\",\"name\":\"tokenReceiver\",\"type\":\"uint128\"},{\"internalType\":\"uint64\",\"name\":\"txCount\",\"type\":\"uint64\"},{\"internalType\":\"uint64\",\"name\":\"closingTime\",\"type\":\"uint64\"},{\"internalType\":\"bool\",\"name\":\"emptied\",\"type\":\"bool\"}],\"internalType\":\"structChannelBase.ThreadDispute\",\"name\":\"\",\"type\":\"tuple\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"hubAuthorizedUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"hubDeposit\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"uint256\",\"name\":\"weiAmount\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenAmount\",\"type\":\"uint256\"}],\"name\":\"hubWithdraw\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toUser\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountToken\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.Lock\",\"name\":\"l\",\"type\":\"tuple\"}],\"name\":\"lockLeaf\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"pure\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"lockKey\",\"type\":\"bytes32\"}],\"name\":\"lockResolved\",\"outputs\":[{\"internalType\":\"bool\",\"name\":\"\",\"type\":\"bool\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"nukeThreads\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"reserveToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"}],\"name\":\"reserveWei\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"uint256\",\"name\":\"id\",\"type\":\"uint256\"},{\"internalType\":\"bool\",\"name\":\"toUser\",\"type\":\"bool\"},{\"internalType\":\"uint256\",\"name\":\"amountWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"amountToken\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"expiry\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.Lock\",\"name\":\"lock\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"}],\"name\":\"resolveLock\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"preimage\",\"type\":\"bytes32\"}],\"name\":\"revealPreimage\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"bytes32\",\"name\":\"hashlock\",\"type\":\"bytes32\"}],\"name\":\"revealedAt\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"}],\"name\":\"startExit\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"sigInitial\",\"type\":\"bytes\"}],\"name\":\"startExitThread\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"initial\",\"type\":\"tuple\"},{\"internalType\":\"bytes32[]\",\"name\":\"proof\",\"type\":\"bytes32[]\"},{\"internalType\":\"bytes\",\"name\":\"sigInitial\",\"type\":\"bytes\"},{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"update\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigUpdate\",\"type\":\"bytes\"}],\"name\":\"startExitThreadWithUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"},{\"internalType\":\"bytes\",\"name\":\"sigUser\",\"type\":\"bytes\"}],\"name\":\"startExitWithUpdate\",\"outputs\":[],\"stateMutability\":\"nonpayable\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"sender\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"receiver\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"threadId\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenSender\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenReceiver\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCount\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ThreadState\",\"name\":\"t\",\"type\":\"tuple\"}],\"name\":\"threadStateDigest\",\"outputs\":[{\"internalType\":\"bytes32\",\"name\":\"\",\"type\":\"bytes32\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[],\"name\":\"token\",\"outputs\":[{\"internalType\":\"contractIERC20\",\"name\":\"\",\"type\":\"address\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"unclaimedToken\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"internalType\":\"address\",\"name\":\"account\",\"type\":\"address\"}],\"name\":\"unclaimedWei\",\"outputs\":[{\"internalType\":\"uint256\",\"name\":\"\",\"type\":\"uint256\"}],\"stateMutability\":\"view\",\"type\":\"function\"},{\"inputs\":[{\"components\":[{\"internalType\":\"address\",\"name\":\"hub\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"user\",\"type\":\"address\"},{\"internalType\":\"address\",\"name\":\"recipient\",\"type\":\"address\"},{\"internalType\":\"uint256\",\"name\":\"weiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"weiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"tokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalWeiUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenHub\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingDepositTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"pendingWithdrawalTokenUser\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountGlobal\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"txCountChain\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"threadRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"threadCount\",\"type\":\"uint256\"},{\"internalType\":\"bytes32\",\"name\":\"lockRoot\",\"type\":\"bytes32\"},{\"internalType\":\"uint256\",\"name\":\"lockedWei\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"lockedToken\",\"type\":\"uint256\"},{\"internalType\":\"uint256\",\"name\":\"timeout\",\"type\":\"uint256\"}],\"internalType\":\"structChannelTypes.ChannelState\",\"name\":\"s\",\"type\":\"tuple\"},{\"internalType\":\"bytes\",\"name\":\"sigHub\",\"type\":\"bytes\"}],\"name\":\"userAuthorizedUpdate\",\"outputs\":[],\"stateMutability\":\"payable\",\"type\":\"function\"}]",
	Bin: "0x6101a080604052346101bf57604081614c0b803803809161002082856101c3565b8339810103126101bf578051906001600160a01b03821682036101bf5760200151906040516100506040826101c3565b6005815260208101906473706f6b6560d81b8252604051916100736040846101c3565b600183526020830191603160f81b835261008c816101fa565b61012052610099846101fa565b61014052519020918260e05251902080610100524660a0526040519060208201927f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f8452604083015260608201524660808201523060a082015260a0815261010260c0826101c3565b5190206080523060c05261016052610180526040516149a59081610266823960805181614400015260a051816144b7015260c051816143d1015260e0518161444f0152610100518161447501526101205181611ca701526101405181611cd001526101605181818161019801528181610540015281816105c301528181611763015281816121ff0152818161288801528181612ed8015261369c0152610180518181816101d70152818161241901528181613aef01526142c60152f35b5f80fd5b601f909101601f19168101906001600160401b038211908210176101e657604052565b634e487b7160e01b5f52604160045260245ffd5b601f815111610225576020815191015160208210610216571790565b5f198260200360031b1b161790565b604460209160405192839163305a27a960e01b83528160048401528051918291826024860152018484015e5f828201840152601f01601f19168101030190fdfe60806040526004361015610011575f80fd5b5f3560e01c80631173d8d414612e2b57806314e8c42a14612a5c57806316ada465146129c857806322e5f636146128f45780632a5ef707146125ad5780632bd24f4a146123b75780633c4deb11146123915780633eb4925914612376578063426fc534146122915780634a3e2003146122595780634e71d92d1461213857806350c8293f1461206b578063591fc66f146120335780636396abab14611f255780636adc799c14611efb5780636c546c9f14611da357806384b0196e14611c8f5780638a28dbc514611c575780639155d4f41461193e5780639ed085d7146117ce578063a432674614611646578063aee26d3f1461135a578063b3e1bfc714610f52578063bf13d3b214610f23578063bfd99e8a14610c40578063ddad333c14610c22578063e563338c1461082e578063e5906097146107f6578063ec4ae969146106d5578063f0c75966146101fa578063f3f480d9146101c05763fc0c546a14610179575f80fd5b346101bc575f6003193601126101bc5760206040516001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000168152f35b5f80fd5b346101bc575f6003193601126101bc5760206040517f00000000000000000000000000000000000000000000000000000000000000008152f35b61020336612fa1565b61020b61333a565b60208301926001600160a01b036102218561321e565b1633036106a957610120810135918234036106795790610268929161024582613828565b9061029c6102528461321e565b60e0850135968791610160870135928391613967565b610293600285019661028e8854996fffffffffffffffffffffffffffffffff8b166130f0565b6130f0565b9660801c6130f0565b956102ad6101a085013580986130f0565b9261010085013592610140860135966102c688866130f0565b95610180880135966101c08901359a6102df8c8a6130f0565b908281108015610670575b61062757610301926102fb916132c0565b926132c0565b9060608901359560808a013594826103298c6102806103208a8d6130f0565b910135906130f0565b11801561064f575b610627576001600160a01b038b61036661036f93839561036161035c6103568661321e565b95613fcf565b6137e7565b61481a565b9094919461484e565b1691829116036105fc5750926103f88998979694936103c761042397946fffffffffffffffffffffffffffffffff6103a960409e986134b6565b166fffffffffffffffffffffffffffffffff198454161783556134b6565b6fffffffffffffffffffffffffffffffff6fffffffffffffffffffffffffffffffff1983549260801b169116179055565b88519361040485613163565b8452602084015260a08201358884015260c082013560608401526144dd565b6001600160a01b036104348461321e565b165f52600660205261044a845f209182546130f0565b90556001600160a01b0361045d8361321e565b165f526007602052610473835f209182546130f0565b905561047e8161321e565b6104878761321e565b7fdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c183760606001600160a01b03808751945f86526101e088013560208701526102008801358987015216941692a3016001600160a01b036104e58261321e565b166105ed57506104f48461321e565b915b806105bc575b508061056b575b505080610530575b5f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b61053c6105649261321e565b30907f00000000000000000000000000000000000000000000000000000000000000006133ae565b808061050b565b5f80808093855af161057b613263565b50156105875780610503565b6001600160a01b03907f43a39e1a000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b6105e790837f0000000000000000000000000000000000000000000000000000000000000000613b61565b846104fc565b6105f69061321e565b916104f6565b7fd855c4f4000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b7f1c92c7ce000000000000000000000000000000000000000000000000000000005f5260045ffd5b508361066a8c6102a061032060c083013560a08401356130f0565b11610331565b508184106102ea565b827f91a987de000000000000000000000000000000000000000000000000000000005f526004523460245260445ffd5b7f544fc10d000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b346101bc576101a06003193601126101bc576106ef612f02565b6106f7612f18565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101bc576101643567ffffffffffffffff81116101bc57610744903690600401612f42565b610184359167ffffffffffffffff83116101bc5761076961077b933690600401612f73565b92909161077461333a565b868661413b565b506107986107876131f2565b61078f613208565b60a43591613f9f565b917fb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc60206001600160a01b0380604051945f865216941692a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346101bc5760206003193601126101bc576001600160a01b03610817612f02565b165f526007602052602060405f2054604051908152f35b346101bc576102e06003193601126101bc57610848612f02565b610850612f18565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101bc576101643567ffffffffffffffff81116101bc5761089d903690600401612f42565b6101849291923567ffffffffffffffff81116101bc576108c1903690600401612f73565b6101207ffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe5c3601126101bc576102c4359167ffffffffffffffff83116101bc57610911610923933690600401612f73565b94909661091c61333a565b888761413b565b6002810193845460ff8160801c16610bfa576101a4356001600160a01b038116958682036101bc576001600160a01b03169586148015929150610be2575b508015610ba9575b8015610b6d575b8015610b5d575b8015610b4a575b610b2257610a5092610992916101a46147cd565b6fffffffffffffffffffffffffffffffff6109af610224356134b6565b166fffffffffffffffffffffffffffffffff19825416178155610a096109d7610244356134b6565b82546fffffffffffffffffffffffffffffffff1660809190911b6fffffffffffffffffffffffffffffffff1916178255565b6fffffffffffffffffffffffffffffffff6001610a28610264356134b6565b920191166fffffffffffffffffffffffffffffffff198254161781556103c7610284356134b6565b6102a4359167ffffffffffffffff610a678461472a565b167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161790556101c4356001600160a01b03811681036101bc576101e4356001600160a01b03811681036101bc576001600160a01b03610af37fb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc9383602094506102043591613f9f565b956040519586521693a45f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b7f3f1e3322000000000000000000000000000000000000000000000000000000005f5260045ffd5b50600182015460801c610284351061097e565b50815460801c6102443510610977565b50610b7e61028435610264356130f0565b610ba260018401546fffffffffffffffffffffffffffffffff8160801c91166130f0565b1415610970565b50610bba61024435610224356130f0565b610bdb83546fffffffffffffffffffffffffffffffff8160801c91166130f0565b1415610969565b67ffffffffffffffff9150166102a435111587610961565b7f73d534af000000000000000000000000000000000000000000000000000000005f5260045ffd5b346101bc5760206003193601126101bc57610c3e6004356132cd565b005b346101bc5760406003193601126101bc57610c59612f02565b610c61612f18565b90610c6a61333a565b610c748282613232565b5f52600260205260405f206003810190815460ff8160e01c166003811015610ef65760018103610ec5575067ffffffffffffffff9060801c16804210610e9a5750838154938460801c9360018401908154918260801c976fffffffffffffffffffffffffffffffff16926fffffffffffffffffffffffffffffffff1690610cfb84896130f0565b6fffffffffffffffffffffffffffffffff16600288019081546fffffffffffffffffffffffffffffffff1690610d30916131c0565b6fffffffffffffffffffffffffffffffff1681546fffffffffffffffffffffffffffffffff1916178155610d64838b6130f0565b6fffffffffffffffffffffffffffffffff16815460801c90610d85916131c0565b81546fffffffffffffffffffffffffffffffff1660809190911b6fffffffffffffffffffffffffffffffff19161790555f90555f86556001600160a01b03841691825f52600660205260405f2084815490610ddf916130f0565b9055825f52600760205260405f2082815490610dfa916130f0565b905580547fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff167c020000000000000000000000000000000000000000000000000000000017905560405192878452886020850152604084015260608301526001600160a01b0384169160807fdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d91a3610e9192613512565b61050b926135d2565b7ff5f59f07000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b610ef1907f0d76e09f000000000000000000000000000000000000000000000000000000005f526130e2565b60245ffd5b7f4e487b71000000000000000000000000000000000000000000000000000000005f52602160045260245ffd5b346101bc5760206003193601126101bc576004355f526004602052602060ff60405f2054166040519015158152f35b346101bc57610f603661303d565b92909193610f6c61333a565b610f768282613232565b5f52600260205260405f20600381019160ff835460e01c166003811015610ef6576002810361132e5750610fad8686898785613f69565b5f52600360205260405f2091600283019586549767ffffffffffffffff8960401c1680156113065760ff8a60801c16610bfa57804210610e9a57508454916fffffffffffffffffffffffffffffffff83169260801c91600161100f84866130f0565b9701546fffffffffffffffffffffffffffffffff81169060801c61103381836130f0565b956004880154916110566fffffffffffffffffffffffffffffffff84168c6130f0565b9260028a01938454906fffffffffffffffffffffffffffffffff8216109182156112eb575b5050610627578f966001600160a01b03808f16981688145f14611297575050919b7001000000000000000000000000000000007fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff6fffffffffffffffffffffffffffffffff80611143965b169f169f161790556fffffffffffffffffffffffffffffffff61111461110b8b6134b6565b828454166131c0565b166fffffffffffffffffffffffffffffffff198254161781556103c7611139876134b6565b825460801c6131c0565b7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff63ffffffff895460c01c16019163ffffffff831161126a5761050b9c6112128d6111e88e8e9c6111e36112659f996112309a907fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff7bffffffff00000000000000000000000000000000000000000000000083549260c01b169116179055565b6132c0565b976001600160a01b038b1698895f52600660205261120b60405f209182546130f0565b90556132c0565b865f52600760205261122960405f209182546130f0565b9055613f9f565b917ff09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744604080518b81528c6020820152a4613512565b6135d2565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52601160045260245ffd5b91509250919b7001000000000000000000000000000000007fffffffffffffffffffffffffffffff00ffffffffffffffffffffffffffffffff6fffffffffffffffffffffffffffffffff80611143966110e6565b6112fa91925060801c8a6130f0565b9060801c105f8061107b565b7fa603512a000000000000000000000000000000000000000000000000000000005f5260045ffd5b610ef1907fd644ca95000000000000000000000000000000000000000000000000000000005f526130e2565b346101bc5760406003193601126101bc576113ed611376612f02565b61137e612f18565b905f6101c060405161138f81613146565b8281528260208201528260408201528260608201528260808201528260a08201528260c08201528260e08201528261010082015282610120820152826101408201528261016082015282610180820152826101a08201520152613232565b5f52600260205260405f2060405161140481613146565b8154906fffffffffffffffffffffffffffffffff82168152602081019160801c8252600183015492604082016fffffffffffffffffffffffffffffffff85168152606083019460801c8552600282015460808401906fffffffffffffffffffffffffffffffff8116825260a085019060801c815260038401549060c0860167ffffffffffffffff8316815260e087019067ffffffffffffffff8460401c16825261010088019267ffffffffffffffff8560801c16845260ff6101208a019563ffffffff8160c01c16875260e01c16956101408a01966003811015610ef657875260048901549b8c986101608c01996fffffffffffffffffffffffffffffffff168a526101808c01809e60801c905260058b01549a6101a08d019b8c52600601549b6101c081019c8d526040519d8e91516fffffffffffffffffffffffffffffffff168252516fffffffffffffffffffffffffffffffff169060200152516fffffffffffffffffffffffffffffffff1660408d0152516fffffffffffffffffffffffffffffffff1660608c0152516fffffffffffffffffffffffffffffffff1660808b0152516fffffffffffffffffffffffffffffffff1660a08a01525167ffffffffffffffff1660c08901525167ffffffffffffffff1660e08801525167ffffffffffffffff166101008701525163ffffffff1661012086015251946003861015610ef6576fffffffffffffffffffffffffffffffff80926101e09761014088015251166101608601525116610180840152516101a0830152516101c0820152f35b346101bc5760406003193601126101bc5760043560243561166561333a565b335f5260066020528160405f20541080156117b9575b61178d57335f52600660205260405f206116968382546132c0565b9055335f52600760205260405f206116af8282546132c0565b90556040518281528160208201527fb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea560403392a28061175c575b5080611714575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5f80808093335af1611724613263565b5015611730578061050b565b7f43a39e1a000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b61178790337f0000000000000000000000000000000000000000000000000000000000000000613b61565b816116e9565b7f4f0cadc7000000000000000000000000000000000000000000000000000000005f523360045260245ffd5b50335f5260076020528060405f20541061167b565b346101bc576102e06003193601126101bc57604051602081017f50b7a84aebbe1039833e5e3a13dbd29883d4af6f231292a95c5aff7509c0b89e81526004356001600160a01b0381168091036101bc5760408301526024356001600160a01b0381168091036101bc576060830152604435906001600160a01b0382168092036101bc5782611936926080602095015260643560a082015260843560c082015260a43560e082015260c43561010082015260e435610120820152610104356101408201526101243561016082015261014435610180820152610164356101a0820152610184356101c08201526101a4356101e08201526101c4356102008201526101e435610220820152610204356102408201526102243561026082015261024435610280820152610264356102a0820152610284356102c08201526102a4356102e08201526102c435610300820152610300815261192e6103208261317f565b5190206137e7565b604051908152f35b346101bc576101806003193601126101bc57611958612f02565b611960612f18565b906101207fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101bc576101643567ffffffffffffffff81116101bc576119ad903690600401612f73565b6119b892919261333a565b6119c06131f2565b906119da6119cc613208565b9260a4359384918887613f69565b5f52600360205260405f20600281019467ffffffffffffffff865460401c1680156113065780421015611c2c5750855460ff8160801c16610bfa576044356001600160a01b038116968782036101bc576001600160a01b03169687148015929150611c14575b508015611bdd575b8015611ba1575b8015611b92575b8015611b7f575b610b22577f46cf538c462dcfb5356cd5e116137ddcbfa8575f8597a3c03aa1d80090ed1e4193611b2a6001600160a01b0393611aa0602096610af39560446147cd565b6fffffffffffffffffffffffffffffffff611abc60c4356134b6565b166fffffffffffffffffffffffffffffffff19825416178155611ae36109d760e4356134b6565b6fffffffffffffffffffffffffffffffff6001611b02610104356134b6565b920191166fffffffffffffffffffffffffffffffff198254161781556103c7610124356134b6565b610144359667ffffffffffffffff611b418961472a565b167fffffffffffffffffffffffffffffffffffffffffffffffff0000000000000000825416179055611b716131f2565b611b79613208565b90613f9f565b50600182015460801c6101243510611a5d565b50815460801c60e43510611a56565b50611bb261012435610104356130f0565b611bd660018401546fffffffffffffffffffffffffffffffff8160801c91166130f0565b1415611a4f565b50611bec60e43560c4356130f0565b611c0d83546fffffffffffffffffffffffffffffffff8160801c91166130f0565b1415611a48565b67ffffffffffffffff91501661014435111588611a40565b7f6fda6464000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101bc5760206003193601126101bc576001600160a01b03611c78612f02565b165f526008602052602060405f2054604051908152f35b346101bc575f6003193601126101bc57611d47611ccb7f0000000000000000000000000000000000000000000000000000000000000000614776565b611cf47f0000000000000000000000000000000000000000000000000000000000000000614776565b6020611d5560405192611d07838561317f565b5f84525f3681376040519586957f0f00000000000000000000000000000000000000000000000000000000000000875260e08588015260e087019061309f565b90858203604087015261309f565b4660608501523060808501525f60a085015283810360c08501528180845192838152019301915f5b828110611d8c57505050500390f35b835185528695509381019392810192600101611d7d565b346101bc57611db136612fdf565b90611dbe9493929461333a565b611dc78461321e565b94611ddf6020860196611dd98861321e565b906139ff565b611dfa611deb8661321e565b611df48861321e565b90613a71565b611e15611e068661321e565b611e0f8861321e565b90613232565b5f52600260205260405f209360ff600386015460e01c166003811015610ef65780611ecf575091849391611e4d9387611e5297613bd3565b613a9f565b7fcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f66001600160a01b03611e8d611e878461321e565b9461321e565b604080513381526101e0959095013560208601529082169490911692a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b610ef1907fd7bcb4ab000000000000000000000000000000000000000000000000000000005f526130e2565b346101bc5760206003193601126101bc576004355f526005602052602060405f2054604051908152f35b346101bc57611f71611f363661303d565b935f60c0604095939551611f49816130fd565b8281528260208201528260408201528260608201528260808201528260a08201520152613f69565b5f52600360205260e060405f206fffffffffffffffffffffffffffffffff67ffffffffffffffff604051611fa4816130fd565b818454918480841696878352602083019460801c855281600182015491600260408601918385168352606087019460801c8552015498899760ff60c060808901988a8c168a528a60a082019c60401c168c52019b60801c1615158b526040519b8c52511660208b0152511660408901525116606087015251166080850152511660a083015251151560c0820152f35b346101bc5760206003193601126101bc576001600160a01b03612054612f02565b165f526006602052602060405f2054604051908152f35b346101bc5761207936612fdf565b906120869492939461333a565b61208f8361321e565b936120a16020850195611dd98761321e565b6120b66120ad8561321e565b611e0f8761321e565b5f52600260205260405f2095600387015460ff8160e01c166003811015610ef65760018103610ec5575067ffffffffffffffff9060801c1680421015611c2c575084612103959697613bd3565b7fa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f6001600160a01b03611e8d611e878461321e565b346101bc575f6003193601126101bc5761215061333a565b335f52600860205260405f2054335f52600960205260405f2054811590818092612251575b61222957335f5260086020525f6040812055335f5260096020525f60408120556040518381528160208201527f987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a60403392a2806121f8575b5015611714575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b61222390337f0000000000000000000000000000000000000000000000000000000000000000613b61565b826121cd565b7f969bf728000000000000000000000000000000000000000000000000000000005f5260045ffd5b508015612175565b346101bc5760206003193601126101bc576001600160a01b0361227a612f02565b165f526009602052602060405f2054604051908152f35b346101bc5760406003193601126101bc576122aa612f02565b6122b2612f18565b6122ba61333a565b6122c481836139ff565b6122ce8183613a71565b6122d88183613232565b5f52600260205260405f20600381019060ff825460e01c166003811015610ef65780611ecf57506001600160a01b038067ffffffffffffffff7fcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f69461233e604095613a9f565b541694835195338752602087015216941692a35f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b346101bc575f6003193601126101bc576020604051600a8152f35b346101bc5760406003193601126101bc5760206119366123af612f02565b611e0f612f18565b346101bc5760406003193601126101bc576123d0612f02565b6123d8612f18565b906123e161333a565b6123eb8282613232565b5f52600260205260405f20906003820191825460ff8160e01c166003811015610ef6576002810361132e57507f0000000000000000000000000000000000000000000000000000000000000000600a810290808204600a149015171561126a5767ffffffffffffffff6124619260801c166130f0565b804210612582575083600282019283549460048401948554956fffffffffffffffffffffffffffffffff871697886fffffffffffffffffffffffffffffffff8216906124ac916131c0565b6fffffffffffffffffffffffffffffffff169760801c9060801c906124d0916131c0565b82546fffffffffffffffffffffffffffffffff998a166fffffffffffffffffffffffffffffffff19918216811785559254169091179091559095169480547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1690556040518481528560208201526001600160a01b038316906001600160a01b0383169060407f078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f491a3610e9192613512565b7ff87a5428000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b346101bc576125bb36612fa1565b6125c692919261333a565b6001600160a01b036125d78361321e565b1633036106a9576125e782613828565b9260e08301359261012081013561265c61260182876130f0565b61028e61016085013561262d6101a08701359361261e85846130f0565b906126288961321e565b613967565b61265360028b019561028e87549b6fffffffffffffffffffffffffffffffff8d166130f0565b9860801c6130f0565b610100830135906101408401359561267487846130f0565b93610180860135946101c08701359961268d8b886130f0565b9082811080156128eb575b610627576126af926126a9916132c0565b946132c0565b606087013593608088013593816126d56126c987896130f0565b6102808c0135906130f0565b1180156128c2575b6106275760208901996126ef8b61321e565b916126f98b613fcf565b612702906137e7565b9161270c9261481a565b6127189193929361484e565b6001600160a01b03166001600160a01b03819216036105fc5750926103f888936103c760409b9c9d9e946fffffffffffffffffffffffffffffffff6103a96127609a996134b6565b6001600160a01b036127718461321e565b165f526006602052612787845f209182546130f0565b90556001600160a01b0361279a8361321e565b165f5260076020526127b0835f209182546130f0565b90556127bb8161321e565b6127c48461321e565b7fdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c183760606001600160a01b0380875194600186526101e088013560208701526102008801358987015216941692a3016001600160a01b036128238261321e565b166128b257506128329061321e565b915b80612881575b5080612865575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b5f80808093855af1612875613263565b5015610587578061050b565b6128ac90837f0000000000000000000000000000000000000000000000000000000000000000613b61565b8261283a565b6128bc915061321e565b91612834565b50826128e56128d960c08c013560a08d01356130f0565b6102a08c0135906130f0565b116126dd565b50818610612698565b346101bc576101206003193601126101bc57604051602081017fa8229460120b9456713db6135091197efda2e025050870cfa5b53c87d232606d81526004356001600160a01b0381168091036101bc5760408301526024356001600160a01b0381168091036101bc576060830152604435906001600160a01b0382168092036101bc5782611936926080602095015260643560a082015260843560c082015260a43560e082015260c43561010082015260e43561012082015261010435610140820152610140815261192e6101608261317f565b346101bc5760c06003193601126101bc57604051602081017face0e697d6e7cdbc01ad1801316f11684ff61642f5b01ab8d7091e19ce24cd8281526004356040830152602435918215158093036101bc576020926060820152604435608082015260643560a082015260843560c082015260a43560e082015260e08152612a516101008261317f565b519020604051908152f35b346101bc576101206003193601126101bc57612a76612f02565b612a7e612f18565b9060c07fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffbc3601126101bc576101043567ffffffffffffffff81116101bc57612aca903690600401612f42565b9190612ad461333a565b612ade8483613232565b5f52600260205260405f2060ff600382015460e01c166003811015610ef6576002810361132e575060405160208101907face0e697d6e7cdbc01ad1801316f11684ff61642f5b01ab8d7091e19ce24cd8282526044356040820152606435948515158096036101bc578560608301526084359586608084015260a435978860a0850152612b9a60c435958660c087015260e435958660e082015260e08152612b886101008261317f565b5190208098600689015493849161346a565b15612e0357612ba98a84613232565b906040519060208201928352604082015287606082015260608152612bcf60808261317f565b51902093845f52600460205260ff60405f205416612ddb575f52600560205260405f2054838115159182612dd0575b505015928380612dc6575b612d9b5750600485019283546fffffffffffffffffffffffffffffffff81168911908115612d8e575b5061062757612cb68a94612d3f965f52600460205260405f2060017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff008254161790556fffffffffffffffffffffffffffffffff612c9161110b8c6134b6565b166fffffffffffffffffffffffffffffffff198254161781556103c76111398c6134b6565b612ce4612cc2896134b6565b6fffffffffffffffffffffffffffffffff612c9160028a0192828454166131c0565b1514938415612d875782955b6001600160a01b038316966001600160a01b0360405191168152877f98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f4360206001600160a01b03881693a4613512565b15612d4e575061050b926135d2565b809293505f526006602052612d6860405f209182546130f0565b90555f526007602052612d8060405f209182546130f0565b905561050b565b8195612cf0565b905060801c89118b612c32565b7fb568c042000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5080421115612c09565b11159050838b612bfe565b7fc49b89ac000000000000000000000000000000000000000000000000000000005f5260045ffd5b7f09bde339000000000000000000000000000000000000000000000000000000005f5260045ffd5b60206003193601126101bc57600435612e4261333a565b335f52600660205260405f20612e593482546130f0565b9055335f52600760205260405f20612e728282546130f0565b90556040513481528160208201527fdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca860403392a280612ed0575f7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d005b612efc9030337f00000000000000000000000000000000000000000000000000000000000000006133ae565b8061050b565b600435906001600160a01b03821682036101bc57565b602435906001600160a01b03821682036101bc57565b35906001600160a01b03821682036101bc57565b9181601f840112156101bc5782359167ffffffffffffffff83116101bc576020808501948460051b0101116101bc57565b9181601f840112156101bc5782359167ffffffffffffffff83116101bc57602083818601950101116101bc57565b90600319820161030081126101bc576102e0136101bc576004916102e4359067ffffffffffffffff82116101bc57612fdb91600401612f73565b9091565b90600319820161032081126101bc576102e0136101bc576004916102e43567ffffffffffffffff81116101bc578161301991600401612f73565b92909291610304359067ffffffffffffffff82116101bc57612fdb91600401612f73565b60031960a09101126101bc576004356001600160a01b03811681036101bc57906024356001600160a01b03811681036101bc57906044356001600160a01b03811681036101bc57906064356001600160a01b03811681036101bc579060843590565b907fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0601f602080948051918291828752018686015e5f8582860101520116010190565b6003811015610ef657600452565b9190820180921161126a57565b60e0810190811067ffffffffffffffff82111761311957604052565b7f4e487b71000000000000000000000000000000000000000000000000000000005f52604160045260245ffd5b6101e0810190811067ffffffffffffffff82111761311957604052565b6080810190811067ffffffffffffffff82111761311957604052565b90601f7fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0910116810190811067ffffffffffffffff82111761311957604052565b906fffffffffffffffffffffffffffffffff809116911603906fffffffffffffffffffffffffffffffff821161126a57565b6064356001600160a01b03811681036101bc5790565b6084356001600160a01b03811681036101bc5790565b356001600160a01b03811681036101bc5790565b906001600160a01b03604051918160208401941684521660408201526040815261325d60608261317f565b51902090565b3d156132bb573d9067ffffffffffffffff821161311957604051916132b0601f82017fffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffffe0166020018461317f565b82523d5f602084013e565b606090565b9190820391821161126a57565b6040516020810190828252602081526132e760408261317f565b51902090815f52600560205260405f20546133365760207f95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a091835f52600582524260405f2055604051908152a2565b5050565b7f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005c6133865760017f9b779b17422d0df92223018b32b4d1fa46e071723d6817e2486d003becc55f005d565b7f3ee5aeb5000000000000000000000000000000000000000000000000000000005f5260045ffd5b9290916001600160a01b039081604051947f23b872dd000000000000000000000000000000000000000000000000000000005f52166004521660245260445260205f60648180865af19060015f5114821615613449575b6040525f606052156134145750565b6001600160a01b03907f5274afe7000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b90600181151661346157823b15153d15161690613405565b503d5f823e3d90fd5b9092915f925b848410156134ae578360051b830135908181105f1461349d575f52602052600160405f205b930192613470565b905f52602052600160405f20613495565b149392505050565b6fffffffffffffffffffffffffffffffff81116134e2576fffffffffffffffffffffffffffffffff1690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52608060045260245260445ffd5b9091600382019063ffffffff825460c01c16158015906135b3575b80156135a3575b61359d575f60066001600160a01b039485947fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff815416905582600582015501551691167fc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d345f80a3565b50505050565b50600483015460801c1515613534565b506fffffffffffffffffffffffffffffffff600484015416151561352d565b5f915f9380151580613699575b613691575b5080613674575b50811580159061366b575b6135ff57505050565b7f7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b916001600160a01b036040921693845f526008602052825f206136448382546130f0565b9055845f526009602052825f2061365c8282546130f0565b905582519182526020820152a2565b508215156135f6565b5f80808084865af1613684613263565b506135eb5791505f6135eb565b93505f6135e4565b507f0000000000000000000000000000000000000000000000000000000000000000604051907fa9059cbb000000000000000000000000000000000000000000000000000000005f526001600160a01b0385166004528260245260205f60448180855af19060015f5114821615613716575b5090604052156135df565b3b15153d1516165f61370b565b60405161010060208201927fa8229460120b9456713db6135091197efda2e025050870cfa5b53c87d232606d84526001600160a01b0361376282612f2e565b1660408401526001600160a01b0361377c60208301612f2e565b1660608401526001600160a01b0361379660408301612f2e565b166080840152606081013560a0840152608081013560c084015260a081013560e084015260c08101358284015260e08101356101208401520135610140820152610140815261325d6101608261317f565b6042906137f26143c7565b90604051917f19010000000000000000000000000000000000000000000000000000000000008352600283015260228201522090565b906138586138358361321e565b6138466020850191611dd98361321e565b611e0f6138528561321e565b9161321e565b5f52600260205260405f209160038301549060ff8260e01c166003811015610ef65780611ecf57506102c08101358015158061395e575b61393357506101e081013567ffffffffffffffff83168082111561390557505061020001359060401c67ffffffffffffffff166001810180821161126a5782036138d7575050565b7fc1aed7e4000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7ff54256bf000000000000000000000000000000000000000000000000000000005f5260045260245260445ffd5b7f204a9e3c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b5080421161388f565b6001600160a01b031690815f5260066020528060405f20541080156139ea575b6139be57815f5260066020526139a260405f209182546132c0565b90555f5260076020526139ba60405f209182546132c0565b9055565b507f4f0cadc7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b50815f5260076020528260405f205410613987565b6001600160a01b039081169116818114918215613a68575b508115613a5f575b8115613a55575b50613a2d57565b7fb6e500fe000000000000000000000000000000000000000000000000000000005f5260045ffd5b905030145f613a26565b80159150613a1f565b1591505f613a17565b6001600160a01b03163314159081613a8b575b506106a957565b6001600160a01b039150163314155f613a84565b6003017c01000000000000000000000000000000000000000000000000000000007fffffff00ffffffffffffffffffffffffffffffffffffffffffffffffffffffff825416178155613b19613b147f0000000000000000000000000000000000000000000000000000000000000000426130f0565b61472a565b7fffffffffffffffff0000000000000000ffffffffffffffffffffffffffffffff77ffffffffffffffff0000000000000000000000000000000083549260801b169116179055565b916001600160a01b03604051927fa9059cbb000000000000000000000000000000000000000000000000000000005f521660045260245260205f60448180865af19060015f5114821615613bbb575b604052156134145750565b90600181151661346157823b15153d15161690613bb0565b9491939290926101e08401359460038701549567ffffffffffffffff871680821115613905575050604086901c67ffffffffffffffff16600181019690871061126a5767ffffffffffffffff8160401c16610200870135108015613ef9575b613eb75750613c4361035c86613fcf565b926001600160a01b03613c558761321e565b163314159182613e89575b5050613e785760208401926001600160a01b03613c7c8561321e565b163314159182613e42575b50509050613e055750604051613c9c81613163565b606082013590818152608083013580602083015260a08401359081604084015260c0850135928360608201529561020086013514613d59575b50505050613cf8613cec83516020850151906130f0565b610280830135906130f0565b6002840154906fffffffffffffffffffffffffffffffff821610908115613d2a575b5061062757613d28926144dd565b565b9050613d4e613d4260408501516060860151906130f0565b6102a0840135906130f0565b9060801c105f613d1a565b9091929394506102c085013580151580613dfc575b6139335750613ded9291613dbd613dd592613da860405197613d9160808a61317f565b6080368a376101008a01359060e08b0135906148f9565b875261014088013590610120890135906148f9565b602086015261018086013590610160870135906148f9565b60408401526101c0840135906101a0850135906148f9565b6060820152905f808080613cd5565b50804211613d6e565b613e166001600160a01b039161321e565b7fd855c4f4000000000000000000000000000000000000000000000000000000005f521660045260245ffd5b613e509250613e599361481a565b9092919261484e565b6001600160a01b0380613e6b8461321e565b1691161415805f80613c87565b6001600160a01b03613e168561321e565b613e99925090613e50918561481a565b6001600160a01b0380613eab8761321e565b16911614155f80613c60565b8567ffffffffffffffff610200927fc1aed7e4000000000000000000000000000000000000000000000000000000005f5260401c16600452013560245260445ffd5b5067ffffffffffffffff8160401c1661020087013514158015613c325750610200860135871480613f2b575b15613c32565b506101c08601356101a08701356101808801356101608901356101408a01356101208b01356101008c013560e08d0135171717171717171515613f25565b613f809391613f7a91959395613232565b93613f9f565b604051906020820192835260408201526040815261325d60608261317f565b916001600160a01b036040519281602085019516855216604083015260608201526060815261325d60808261317f565b6040516102c060208201927f50b7a84aebbe1039833e5e3a13dbd29883d4af6f231292a95c5aff7509c0b89e84526001600160a01b0361400e82612f2e565b1660408401526001600160a01b0361402860208301612f2e565b1660608401526001600160a01b0361404260408301612f2e565b166080840152606081013560a0840152608081013560c084015260a081013560e084015260c081013561010084015260e08101356101208401526101008101356101408401526101208101356101608401526101408101356101808401526101608101356101a08401526101808101356101c08401526101a08101356101e08401526101c08101356102008401526101e08101356102208401526102008101356102408401526102208101356102608401526102408101356102808401526102608101356102a0840152610280810135828401526102a08101356102e08401520135610300820152610300815261325d6103208261317f565b939290949161414a8686613a71565b6141548686613232565b5f52600260205260405f209160ff600384015460e01c166003811015610ef6576002810361132e57506044356001600160a01b038116908181036101bc57506001600160a01b03871614801590614376575b801561436a575b801561435f575b8015614353575b610b225760056141d8930154906141d26044613723565b9261346a565b15612e03576141e89160446147cd565b6064356001600160a01b03811681036101bc57608435906001600160a01b03821682036101bc5761421c9360a43593613f69565b5f52600360205260405f209060028201805460ff8160801c16610bfa5760401c67ffffffffffffffff1661432b57613d28906fffffffffffffffffffffffffffffffff61426a60c4356134b6565b166fffffffffffffffffffffffffffffffff1985541617845561428f610104356134b6565b6fffffffffffffffffffffffffffffffff6001860191166fffffffffffffffffffffffffffffffff198254161790556142eb613b147f0000000000000000000000000000000000000000000000000000000000000000426130f0565b7fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff6fffffffffffffffff000000000000000083549260401b169116179055565b7f94fc5948000000000000000000000000000000000000000000000000000000005f5260045ffd5b506101243515156141bb565b5060e43515156141b4565b506101443515156141ad565b506064356001600160a01b038116908181036101bc57506001600160a01b0388169081141590816143a8575b506141a6565b6084356001600160a01b03811692508281036101bc575014155f6143a2565b6001600160a01b037f0000000000000000000000000000000000000000000000000000000000000000163014806144b4575b15614422577f000000000000000000000000000000000000000000000000000000000000000090565b60405160208101907f8b73c3c69bb8fe3d512ecc4cf759cc79239f7b179b0ffacaa9a75d522b39400f82527f000000000000000000000000000000000000000000000000000000000000000060408201527f000000000000000000000000000000000000000000000000000000000000000060608201524660808201523060a082015260a0815261325d60c08261317f565b507f000000000000000000000000000000000000000000000000000000000000000046146143f9565b916145a1906fffffffffffffffffffffffffffffffff6144fd82516134b6565b166fffffffffffffffffffffffffffffffff1985541617845561455861452660208301516134b6565b85546fffffffffffffffffffffffffffffffff1660809190911b6fffffffffffffffffffffffffffffffff1916178555565b6103c7606061456a60408401516134b6565b926fffffffffffffffffffffffffffffffff6001880194166fffffffffffffffffffffffffffffffff1985541617845501516134b6565b6145af6101e082013561472a565b67ffffffffffffffff6003840191167fffffffffffffffffffffffffffffffffffffffffffffffff00000000000000008254161781556146376145f661020084013561472a565b82547fffffffffffffffffffffffffffffffff0000000000000000ffffffffffffffff1660409190911b6fffffffffffffffff000000000000000016178255565b61024082013563ffffffff81116146fa5781547fffffffff00000000ffffffffffffffffffffffffffffffffffffffffffffffff1660c09190911b7bffffffff00000000000000000000000000000000000000000000000016179055600690610260906146e86146ab6102808301356134b6565b6fffffffffffffffffffffffffffffffff6004870191166fffffffffffffffffffffffffffffffff198254161781556103c76102a08401356134b6565b61022081013560058501550135910155565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52602060045260245260445ffd5b67ffffffffffffffff81116147465767ffffffffffffffff1690565b7f6dfcc650000000000000000000000000000000000000000000000000000000005f52604060045260245260445ffd5b60ff811690601f82116147a5576040519161479260408461317f565b6020808452838101919036833783525290565b7fb3512b0c000000000000000000000000000000000000000000000000000000005f5260045ffd5b60208101926001600160a01b036147e38561321e565b16331461359d576147fd9261036161035c613e5094613723565b6001600160a01b038061480f8461321e565b16911603613e055750565b90604183036148445761483d9250602081013591604082359201355f1a90614918565b9192909190565b50505f9160029190565b6004811015610ef65780614860575050565b60018103614890577ff645eedf000000000000000000000000000000000000000000000000000000005f5260045ffd5b600281036148c457507ffce698f7000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b6003146148ce5750565b7fd78bce0c000000000000000000000000000000000000000000000000000000005f5260045260245ffd5b9161490491926130f0565b9080821061062757614915916132c0565b90565b91907f7fffffffffffffffffffffffffffffff5d576e7357a4501ddfe92f46681b20a0841161499a579160209360809260ff5f9560405194855216868401526040830152606082015282805260015afa1561498f575f516001600160a01b0381161561498557905f905f90565b505f906001905f90565b6040513d5f823e3d90fd5b5050505f916003919056",
}

// ChannelManagerABI is the input ABI used to generate the binding from.
// Deprecated: Use ChannelManagerMetaData.ABI instead.
var ChannelManagerABI = ChannelManagerMetaData.ABI

// ChannelManagerBin is the compiled bytecode used for deploying new contracts.
// Deprecated: Use ChannelManagerMetaData.Bin instead.
var ChannelManagerBin = ChannelManagerMetaData.Bin

// DeployChannelManager deploys a new Ethereum contract, binding an instance of ChannelManager to it.
func DeployChannelManager(auth *bind.TransactOpts, backend bind.ContractBackend, token_ common.Address, challengePeriod_ *big.Int) (common.Address, *types.Transaction, *ChannelManager, error) {
	parsed, err := ChannelManagerMetaData.GetAbi()
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	if parsed == nil {
		return common.Address{}, nil, nil, errors.New("GetABI returned nil")
	}

	address, tx, contract, err := bind.DeployContract(auth, *parsed, common.FromHex(ChannelManagerBin), backend, token_, challengePeriod_)
	if err != nil {
		return common.Address{}, nil, nil, err
	}
	return address, tx, &ChannelManager{ChannelManagerCaller: ChannelManagerCaller{contract: contract}, ChannelManagerTransactor: ChannelManagerTransactor{contract: contract}, ChannelManagerFilterer: ChannelManagerFilterer{contract: contract}}, nil
}

// ChannelManager is an auto generated Go binding around an Ethereum contract.
type ChannelManager struct {
	ChannelManagerCaller     // Read-only binding to the contract
	ChannelManagerTransactor // Write-only binding to the contract
	ChannelManagerFilterer   // Log filterer for contract events
}

// ChannelManagerCaller is an auto generated read-only Go binding around an Ethereum contract.
type ChannelManagerCaller struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChannelManagerTransactor is an auto generated write-only Go binding around an Ethereum contract.
type ChannelManagerTransactor struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChannelManagerFilterer is an auto generated log filtering Go binding around an Ethereum contract events.
type ChannelManagerFilterer struct {
	contract *bind.BoundContract // Generic contract wrapper for the low level calls
}

// ChannelManagerSession is an auto generated Go binding around an Ethereum contract,
// with pre-set call and transact options.
type ChannelManagerSession struct {
	Contract     *ChannelManager   // Generic contract binding to set the session for
	CallOpts     bind.CallOpts     // Call options to use throughout this session
	TransactOpts bind.TransactOpts // Transaction auth options to use throughout this session
}

// ChannelManagerCallerSession is an auto generated read-only Go binding around an Ethereum contract,
// with pre-set call options.
type ChannelManagerCallerSession struct {
	Contract *ChannelManagerCaller // Generic contract caller binding to set the session for
	CallOpts bind.CallOpts         // Call options to use throughout this session
}

// ChannelManagerTransactorSession is an auto generated write-only Go binding around an Ethereum contract,
// with pre-set transact options.
type ChannelManagerTransactorSession struct {
	Contract     *ChannelManagerTransactor // Generic contract transactor binding to set the session for
	TransactOpts bind.TransactOpts         // Transaction auth options to use throughout this session
}

// ChannelManagerRaw is an auto generated low-level Go binding around an Ethereum contract.
type ChannelManagerRaw struct {
	Contract *ChannelManager // Generic contract binding to access the raw methods on
}

// ChannelManagerCallerRaw is an auto generated low-level read-only Go binding around an Ethereum contract.
type ChannelManagerCallerRaw struct {
	Contract *ChannelManagerCaller // Generic read-only contract binding to access the raw methods on
}

// ChannelManagerTransactorRaw is an auto generated low-level write-only Go binding around an Ethereum contract.
type ChannelManagerTransactorRaw struct {
	Contract *ChannelManagerTransactor // Generic write-only contract binding to access the raw methods on
}

// NewChannelManager creates a new instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManager(address common.Address, backend bind.ContractBackend) (*ChannelManager, error) {
	contract, err := bindChannelManager(address, backend, backend, backend)
	if err != nil {
		return nil, err
	}
	return &ChannelManager{ChannelManagerCaller: ChannelManagerCaller{contract: contract}, ChannelManagerTransactor: ChannelManagerTransactor{contract: contract}, ChannelManagerFilterer: ChannelManagerFilterer{contract: contract}}, nil
}

// NewChannelManagerCaller creates a new read-only instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManagerCaller(address common.Address, caller bind.ContractCaller) (*ChannelManagerCaller, error) {
	contract, err := bindChannelManager(address, caller, nil, nil)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerCaller{contract: contract}, nil
}

// NewChannelManagerTransactor creates a new write-only instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManagerTransactor(address common.Address, transactor bind.ContractTransactor) (*ChannelManagerTransactor, error) {
	contract, err := bindChannelManager(address, nil, transactor, nil)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerTransactor{contract: contract}, nil
}

// NewChannelManagerFilterer creates a new log filterer instance of ChannelManager, bound to a specific deployed contract.
func NewChannelManagerFilterer(address common.Address, filterer bind.ContractFilterer) (*ChannelManagerFilterer, error) {
	contract, err := bindChannelManager(address, nil, nil, filterer)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerFilterer{contract: contract}, nil
}

// bindChannelManager binds a generic wrapper to an already deployed contract.
func bindChannelManager(address common.Address, caller bind.ContractCaller, transactor bind.ContractTransactor, filterer bind.ContractFilterer) (*bind.BoundContract, error) {
	parsed, err := ChannelManagerMetaData.GetAbi()
	if err != nil {
		return nil, err
	}
	return bind.NewBoundContract(address, *parsed, caller, transactor, filterer), nil
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ChannelManager *ChannelManagerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ChannelManager.Contract.ChannelManagerCaller.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ChannelManager *ChannelManagerRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChannelManagerTransactor.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ChannelManager *ChannelManagerRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChannelManagerTransactor.contract.Transact(opts, method, params...)
}

// Call invokes the (constant) contract method with params as input values and
// sets the output to result. The result type might be a single field for simple
// returns, a slice of interfaces for anonymous returns and a struct for named
// returns.
func (_ChannelManager *ChannelManagerCallerRaw) Call(opts *bind.CallOpts, result *[]interface{}, method string, params ...interface{}) error {
	return _ChannelManager.Contract.contract.Call(opts, result, method, params...)
}

// Transfer initiates a plain transaction to move funds to the contract, calling
// its default method if one is available.
func (_ChannelManager *ChannelManagerTransactorRaw) Transfer(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ChannelManager.Contract.contract.Transfer(opts)
}

// Transact invokes the (paid) contract method with params as input values.
func (_ChannelManager *ChannelManagerTransactorRaw) Transact(opts *bind.TransactOpts, method string, params ...interface{}) (*types.Transaction, error) {
	return _ChannelManager.Contract.contract.Transact(opts, method, params...)
}

// NUKEDELAYPERIODS is a free data retrieval call binding the contract method 0x3eb49259.
//
// Solidity: function NUKE_DELAY_PERIODS() view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) NUKEDELAYPERIODS(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "NUKE_DELAY_PERIODS")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// NUKEDELAYPERIODS is a free data retrieval call binding the contract method 0x3eb49259.
//
// Solidity: function NUKE_DELAY_PERIODS() view returns(uint256)
func (_ChannelManager *ChannelManagerSession) NUKEDELAYPERIODS() (*big.Int, error) {
	return _ChannelManager.Contract.NUKEDELAYPERIODS(&_ChannelManager.CallOpts)
}

// NUKEDELAYPERIODS is a free data retrieval call binding the contract method 0x3eb49259.
//
// Solidity: function NUKE_DELAY_PERIODS() view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) NUKEDELAYPERIODS() (*big.Int, error) {
	return _ChannelManager.Contract.NUKEDELAYPERIODS(&_ChannelManager.CallOpts)
}

// ChallengePeriod is a free data retrieval call binding the contract method 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) ChallengePeriod(opts *bind.CallOpts) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "challengePeriod")

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ChallengePeriod is a free data retrieval call binding the contract method 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint256)
func (_ChannelManager *ChannelManagerSession) ChallengePeriod() (*big.Int, error) {
	return _ChannelManager.Contract.ChallengePeriod(&_ChannelManager.CallOpts)
}

// ChallengePeriod is a free data retrieval call binding the contract method 0xf3f480d9.
//
// Solidity: function challengePeriod() view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) ChallengePeriod() (*big.Int, error) {
	return _ChannelManager.Contract.ChallengePeriod(&_ChannelManager.CallOpts)
}

// ChannelKey is a free data retrieval call binding the contract method 0x3c4deb11.
//
// Solidity: function channelKey(address hub, address user) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) ChannelKey(opts *bind.CallOpts, hub common.Address, user common.Address) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "channelKey", hub, user)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ChannelKey is a free data retrieval call binding the contract method 0x3c4deb11.
//
// Solidity: function channelKey(address hub, address user) pure returns(bytes32)
func (_ChannelManager *ChannelManagerSession) ChannelKey(hub common.Address, user common.Address) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelKey(&_ChannelManager.CallOpts, hub, user)
}

// ChannelKey is a free data retrieval call binding the contract method 0x3c4deb11.
//
// Solidity: function channelKey(address hub, address user) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) ChannelKey(hub common.Address, user common.Address) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelKey(&_ChannelManager.CallOpts, hub, user)
}

// ChannelStateDigest is a free data retrieval call binding the contract method 0x9ed085d7.
//
// Solidity: function channelStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s) view returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) ChannelStateDigest(opts *bind.CallOpts, s ChannelTypesChannelState) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "channelStateDigest", s)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ChannelStateDigest is a free data retrieval call binding the contract method 0x9ed085d7.
//
// Solidity: function channelStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s) view returns(bytes32)
func (_ChannelManager *ChannelManagerSession) ChannelStateDigest(s ChannelTypesChannelState) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelStateDigest(&_ChannelManager.CallOpts, s)
}

// ChannelStateDigest is a free data retrieval call binding the contract method 0x9ed085d7.
//
// Solidity: function channelStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s) view returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) ChannelStateDigest(s ChannelTypesChannelState) ([32]byte, error) {
	return _ChannelManager.Contract.ChannelStateDigest(&_ChannelManager.CallOpts, s)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ChannelManager *ChannelManagerCaller) Eip712Domain(opts *bind.CallOpts) (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "eip712Domain")

	outstruct := new(struct {
		Fields            [1]byte
		Name              string
		Version           string
		ChainId           *big.Int
		VerifyingContract common.Address
		Salt              [32]byte
		Extensions        []*big.Int
	})
	if err != nil {
		return *outstruct, err
	}

	outstruct.Fields = *abi.ConvertType(out[0], new([1]byte)).(*[1]byte)
	outstruct.Name = *abi.ConvertType(out[1], new(string)).(*string)
	outstruct.Version = *abi.ConvertType(out[2], new(string)).(*string)
	outstruct.ChainId = *abi.ConvertType(out[3], new(*big.Int)).(**big.Int)
	outstruct.VerifyingContract = *abi.ConvertType(out[4], new(common.Address)).(*common.Address)
	outstruct.Salt = *abi.ConvertType(out[5], new([32]byte)).(*[32]byte)
	outstruct.Extensions = *abi.ConvertType(out[6], new([]*big.Int)).(*[]*big.Int)

	return *outstruct, err

}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ChannelManager *ChannelManagerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _ChannelManager.Contract.Eip712Domain(&_ChannelManager.CallOpts)
}

// Eip712Domain is a free data retrieval call binding the contract method 0x84b0196e.
//
// Solidity: function eip712Domain() view returns(bytes1 fields, string name, string version, uint256 chainId, address verifyingContract, bytes32 salt, uint256[] extensions)
func (_ChannelManager *ChannelManagerCallerSession) Eip712Domain() (struct {
	Fields            [1]byte
	Name              string
	Version           string
	ChainId           *big.Int
	VerifyingContract common.Address
	Salt              [32]byte
	Extensions        []*big.Int
}, error) {
	return _ChannelManager.Contract.Eip712Domain(&_ChannelManager.CallOpts)
}

// GetChannel is a free data retrieval call binding the contract method 0xaee26d3f.
//
// Solidity: function getChannel(address hub, address user) view returns((uint128,uint128,uint128,uint128,uint128,uint128,uint64,uint64,uint64,uint32,uint8,uint128,uint128,bytes32,bytes32))
func (_ChannelManager *ChannelManagerCaller) GetChannel(opts *bind.CallOpts, hub common.Address, user common.Address) (ChannelBaseChannel, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "getChannel", hub, user)

	if err != nil {
		return *new(ChannelBaseChannel), err
	}

	out0 := *abi.ConvertType(out[0], new(ChannelBaseChannel)).(*ChannelBaseChannel)

	return out0, err

}

// GetChannel is a free data retrieval call binding the contract method 0xaee26d3f.
//
// Solidity: function getChannel(address hub, address user) view returns((uint128,uint128,uint128,uint128,uint128,uint128,uint64,uint64,uint64,uint32,uint8,uint128,uint128,bytes32,bytes32))
func (_ChannelManager *ChannelManagerSession) GetChannel(hub common.Address, user common.Address) (ChannelBaseChannel, error) {
	return _ChannelManager.Contract.GetChannel(&_ChannelManager.CallOpts, hub, user)
}

// GetChannel is a free data retrieval call binding the contract method 0xaee26d3f.
//
// Solidity: function getChannel(address hub, address user) view returns((uint128,uint128,uint128,uint128,uint128,uint128,uint64,uint64,uint64,uint32,uint8,uint128,uint128,bytes32,bytes32))
func (_ChannelManager *ChannelManagerCallerSession) GetChannel(hub common.Address, user common.Address) (ChannelBaseChannel, error) {
	return _ChannelManager.Contract.GetChannel(&_ChannelManager.CallOpts, hub, user)
}

// GetThread is a free data retrieval call binding the contract method 0x6396abab.
//
// Solidity: function getThread(address hub, address user, address sender, address receiver, uint256 threadId) view returns((uint128,uint128,uint128,uint128,uint64,uint64,bool))
func (_ChannelManager *ChannelManagerCaller) GetThread(opts *bind.CallOpts, hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (ChannelBaseThreadDispute, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "getThread", hub, user, sender, receiver, threadId)

	if err != nil {
		return *new(ChannelBaseThreadDispute), err
	}

	out0 := *abi.ConvertType(out[0], new(ChannelBaseThreadDispute)).(*ChannelBaseThreadDispute)

	return out0, err

}

// GetThread is a free data retrieval call binding the contract method 0x6396abab.
//
// Solidity: function getThread(address hub, address user, address sender, address receiver, uint256 threadId) view returns((uint128,uint128,uint128,uint128,uint64,uint64,bool))
func (_ChannelManager *ChannelManagerSession) GetThread(hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (ChannelBaseThreadDispute, error) {
	return _ChannelManager.Contract.GetThread(&_ChannelManager.CallOpts, hub, user, sender, receiver, threadId)
}

// GetThread is a free data retrieval call binding the contract method 0x6396abab.
//
// Solidity: function getThread(address hub, address user, address sender, address receiver, uint256 threadId) view returns((uint128,uint128,uint128,uint128,uint64,uint64,bool))
func (_ChannelManager *ChannelManagerCallerSession) GetThread(hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (ChannelBaseThreadDispute, error) {
	return _ChannelManager.Contract.GetThread(&_ChannelManager.CallOpts, hub, user, sender, receiver, threadId)
}

// LockLeaf is a free data retrieval call binding the contract method 0x16ada465.
//
// Solidity: function lockLeaf((uint256,bool,uint256,uint256,bytes32,uint256) l) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) LockLeaf(opts *bind.CallOpts, l ChannelTypesLock) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "lockLeaf", l)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// LockLeaf is a free data retrieval call binding the contract method 0x16ada465.
//
// Solidity: function lockLeaf((uint256,bool,uint256,uint256,bytes32,uint256) l) pure returns(bytes32)
func (_ChannelManager *ChannelManagerSession) LockLeaf(l ChannelTypesLock) ([32]byte, error) {
	return _ChannelManager.Contract.LockLeaf(&_ChannelManager.CallOpts, l)
}

// LockLeaf is a free data retrieval call binding the contract method 0x16ada465.
//
// Solidity: function lockLeaf((uint256,bool,uint256,uint256,bytes32,uint256) l) pure returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) LockLeaf(l ChannelTypesLock) ([32]byte, error) {
	return _ChannelManager.Contract.LockLeaf(&_ChannelManager.CallOpts, l)
}

// LockResolved is a free data retrieval call binding the contract method 0xbf13d3b2.
//
// Solidity: function lockResolved(bytes32 lockKey) view returns(bool)
func (_ChannelManager *ChannelManagerCaller) LockResolved(opts *bind.CallOpts, lockKey [32]byte) (bool, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "lockResolved", lockKey)

	if err != nil {
		return *new(bool), err
	}

	out0 := *abi.ConvertType(out[0], new(bool)).(*bool)

	return out0, err

}

// LockResolved is a free data retrieval call binding the contract method 0xbf13d3b2.
//
// Solidity: function lockResolved(bytes32 lockKey) view returns(bool)
func (_ChannelManager *ChannelManagerSession) LockResolved(lockKey [32]byte) (bool, error) {
	return _ChannelManager.Contract.LockResolved(&_ChannelManager.CallOpts, lockKey)
}

// LockResolved is a free data retrieval call binding the contract method 0xbf13d3b2.
//
// Solidity: function lockResolved(bytes32 lockKey) view returns(bool)
func (_ChannelManager *ChannelManagerCallerSession) LockResolved(lockKey [32]byte) (bool, error) {
	return _ChannelManager.Contract.LockResolved(&_ChannelManager.CallOpts, lockKey)
}

// ReserveToken is a free data retrieval call binding the contract method 0xe5906097.
//
// Solidity: function reserveToken(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) ReserveToken(opts *bind.CallOpts, hub common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "reserveToken", hub)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReserveToken is a free data retrieval call binding the contract method 0xe5906097.
//
// Solidity: function reserveToken(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) ReserveToken(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveToken(&_ChannelManager.CallOpts, hub)
}

// ReserveToken is a free data retrieval call binding the contract method 0xe5906097.
//
// Solidity: function reserveToken(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) ReserveToken(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveToken(&_ChannelManager.CallOpts, hub)
}

// ReserveWei is a free data retrieval call binding the contract method 0x591fc66f.
//
// Solidity: function reserveWei(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) ReserveWei(opts *bind.CallOpts, hub common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "reserveWei", hub)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// ReserveWei is a free data retrieval call binding the contract method 0x591fc66f.
//
// Solidity: function reserveWei(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) ReserveWei(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveWei(&_ChannelManager.CallOpts, hub)
}

// ReserveWei is a free data retrieval call binding the contract method 0x591fc66f.
//
// Solidity: function reserveWei(address hub) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) ReserveWei(hub common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.ReserveWei(&_ChannelManager.CallOpts, hub)
}

// RevealedAt is a free data retrieval call binding the contract method 0x6adc799c.
//
// Solidity: function revealedAt(bytes32 hashlock) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) RevealedAt(opts *bind.CallOpts, hashlock [32]byte) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "revealedAt", hashlock)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// RevealedAt is a free data retrieval call binding the contract method 0x6adc799c.
//
// Solidity: function revealedAt(bytes32 hashlock) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) RevealedAt(hashlock [32]byte) (*big.Int, error) {
	return _ChannelManager.Contract.RevealedAt(&_ChannelManager.CallOpts, hashlock)
}

// RevealedAt is a free data retrieval call binding the contract method 0x6adc799c.
//
// Solidity: function revealedAt(bytes32 hashlock) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) RevealedAt(hashlock [32]byte) (*big.Int, error) {
	return _ChannelManager.Contract.RevealedAt(&_ChannelManager.CallOpts, hashlock)
}

// ThreadStateDigest is a free data retrieval call binding the contract method 0x22e5f636.
//
// Solidity: function threadStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) t) view returns(bytes32)
func (_ChannelManager *ChannelManagerCaller) ThreadStateDigest(opts *bind.CallOpts, t ChannelTypesThreadState) ([32]byte, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "threadStateDigest", t)

	if err != nil {
		return *new([32]byte), err
	}

	out0 := *abi.ConvertType(out[0], new([32]byte)).(*[32]byte)

	return out0, err

}

// ThreadStateDigest is a free data retrieval call binding the contract method 0x22e5f636.
//
// Solidity: function threadStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) t) view returns(bytes32)
func (_ChannelManager *ChannelManagerSession) ThreadStateDigest(t ChannelTypesThreadState) ([32]byte, error) {
	return _ChannelManager.Contract.ThreadStateDigest(&_ChannelManager.CallOpts, t)
}

// ThreadStateDigest is a free data retrieval call binding the contract method 0x22e5f636.
//
// Solidity: function threadStateDigest((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) t) view returns(bytes32)
func (_ChannelManager *ChannelManagerCallerSession) ThreadStateDigest(t ChannelTypesThreadState) ([32]byte, error) {
	return _ChannelManager.Contract.ThreadStateDigest(&_ChannelManager.CallOpts, t)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ChannelManager *ChannelManagerCaller) Token(opts *bind.CallOpts) (common.Address, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "token")

	if err != nil {
		return *new(common.Address), err
	}

	out0 := *abi.ConvertType(out[0], new(common.Address)).(*common.Address)

	return out0, err

}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ChannelManager *ChannelManagerSession) Token() (common.Address, error) {
	return _ChannelManager.Contract.Token(&_ChannelManager.CallOpts)
}

// Token is a free data retrieval call binding the contract method 0xfc0c546a.
//
// Solidity: function token() view returns(address)
func (_ChannelManager *ChannelManagerCallerSession) Token() (common.Address, error) {
	return _ChannelManager.Contract.Token(&_ChannelManager.CallOpts)
}

// UnclaimedToken is a free data retrieval call binding the contract method 0x4a3e2003.
//
// Solidity: function unclaimedToken(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) UnclaimedToken(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "unclaimedToken", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnclaimedToken is a free data retrieval call binding the contract method 0x4a3e2003.
//
// Solidity: function unclaimedToken(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) UnclaimedToken(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedToken(&_ChannelManager.CallOpts, account)
}

// UnclaimedToken is a free data retrieval call binding the contract method 0x4a3e2003.
//
// Solidity: function unclaimedToken(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) UnclaimedToken(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedToken(&_ChannelManager.CallOpts, account)
}

// UnclaimedWei is a free data retrieval call binding the contract method 0x8a28dbc5.
//
// Solidity: function unclaimedWei(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCaller) UnclaimedWei(opts *bind.CallOpts, account common.Address) (*big.Int, error) {
	var out []interface{}
	err := _ChannelManager.contract.Call(opts, &out, "unclaimedWei", account)

	if err != nil {
		return *new(*big.Int), err
	}

	out0 := *abi.ConvertType(out[0], new(*big.Int)).(**big.Int)

	return out0, err

}

// UnclaimedWei is a free data retrieval call binding the contract method 0x8a28dbc5.
//
// Solidity: function unclaimedWei(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerSession) UnclaimedWei(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedWei(&_ChannelManager.CallOpts, account)
}

// UnclaimedWei is a free data retrieval call binding the contract method 0x8a28dbc5.
//
// Solidity: function unclaimedWei(address account) view returns(uint256)
func (_ChannelManager *ChannelManagerCallerSession) UnclaimedWei(account common.Address) (*big.Int, error) {
	return _ChannelManager.Contract.UnclaimedWei(&_ChannelManager.CallOpts, account)
}

// Challenge is a paid mutator transaction binding the contract method 0x50c8293f.
//
// Solidity: function challenge((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactor) Challenge(opts *bind.TransactOpts, s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "challenge", s, sigHub, sigUser)
}

// Challenge is a paid mutator transaction binding the contract method 0x50c8293f.
//
// Solidity: function challenge((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerSession) Challenge(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.Challenge(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// Challenge is a paid mutator transaction binding the contract method 0x50c8293f.
//
// Solidity: function challenge((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactorSession) Challenge(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.Challenge(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// ChallengeThread is a paid mutator transaction binding the contract method 0x9155d4f4.
//
// Solidity: function challengeThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sig) returns()
func (_ChannelManager *ChannelManagerTransactor) ChallengeThread(opts *bind.TransactOpts, hub common.Address, user common.Address, update ChannelTypesThreadState, sig []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "challengeThread", hub, user, update, sig)
}

// ChallengeThread is a paid mutator transaction binding the contract method 0x9155d4f4.
//
// Solidity: function challengeThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sig) returns()
func (_ChannelManager *ChannelManagerSession) ChallengeThread(hub common.Address, user common.Address, update ChannelTypesThreadState, sig []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChallengeThread(&_ChannelManager.TransactOpts, hub, user, update, sig)
}

// ChallengeThread is a paid mutator transaction binding the contract method 0x9155d4f4.
//
// Solidity: function challengeThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sig) returns()
func (_ChannelManager *ChannelManagerTransactorSession) ChallengeThread(hub common.Address, user common.Address, update ChannelTypesThreadState, sig []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ChallengeThread(&_ChannelManager.TransactOpts, hub, user, update, sig)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_ChannelManager *ChannelManagerTransactor) Claim(opts *bind.TransactOpts) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "claim")
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_ChannelManager *ChannelManagerSession) Claim() (*types.Transaction, error) {
	return _ChannelManager.Contract.Claim(&_ChannelManager.TransactOpts)
}

// Claim is a paid mutator transaction binding the contract method 0x4e71d92d.
//
// Solidity: function claim() returns()
func (_ChannelManager *ChannelManagerTransactorSession) Claim() (*types.Transaction, error) {
	return _ChannelManager.Contract.Claim(&_ChannelManager.TransactOpts)
}

// EmptyChannel is a paid mutator transaction binding the contract method 0xbfd99e8a.
//
// Solidity: function emptyChannel(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactor) EmptyChannel(opts *bind.TransactOpts, hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "emptyChannel", hub, user)
}

// EmptyChannel is a paid mutator transaction binding the contract method 0xbfd99e8a.
//
// Solidity: function emptyChannel(address hub, address user) returns()
func (_ChannelManager *ChannelManagerSession) EmptyChannel(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyChannel(&_ChannelManager.TransactOpts, hub, user)
}

// EmptyChannel is a paid mutator transaction binding the contract method 0xbfd99e8a.
//
// Solidity: function emptyChannel(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactorSession) EmptyChannel(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyChannel(&_ChannelManager.TransactOpts, hub, user)
}

// EmptyThread is a paid mutator transaction binding the contract method 0xb3e1bfc7.
//
// Solidity: function emptyThread(address hub, address user, address sender, address receiver, uint256 threadId) returns()
func (_ChannelManager *ChannelManagerTransactor) EmptyThread(opts *bind.TransactOpts, hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "emptyThread", hub, user, sender, receiver, threadId)
}

// EmptyThread is a paid mutator transaction binding the contract method 0xb3e1bfc7.
//
// Solidity: function emptyThread(address hub, address user, address sender, address receiver, uint256 threadId) returns()
func (_ChannelManager *ChannelManagerSession) EmptyThread(hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyThread(&_ChannelManager.TransactOpts, hub, user, sender, receiver, threadId)
}

// EmptyThread is a paid mutator transaction binding the contract method 0xb3e1bfc7.
//
// Solidity: function emptyThread(address hub, address user, address sender, address receiver, uint256 threadId) returns()
func (_ChannelManager *ChannelManagerTransactorSession) EmptyThread(hub common.Address, user common.Address, sender common.Address, receiver common.Address, threadId *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.EmptyThread(&_ChannelManager.TransactOpts, hub, user, sender, receiver, threadId)
}

// HubAuthorizedUpdate is a paid mutator transaction binding the contract method 0x2a5ef707.
//
// Solidity: function hubAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactor) HubAuthorizedUpdate(opts *bind.TransactOpts, s ChannelTypesChannelState, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "hubAuthorizedUpdate", s, sigUser)
}

// HubAuthorizedUpdate is a paid mutator transaction binding the contract method 0x2a5ef707.
//
// Solidity: function hubAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerSession) HubAuthorizedUpdate(s ChannelTypesChannelState, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigUser)
}

// HubAuthorizedUpdate is a paid mutator transaction binding the contract method 0x2a5ef707.
//
// Solidity: function hubAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactorSession) HubAuthorizedUpdate(s ChannelTypesChannelState, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigUser)
}

// HubDeposit is a paid mutator transaction binding the contract method 0x1173d8d4.
//
// Solidity: function hubDeposit(uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerTransactor) HubDeposit(opts *bind.TransactOpts, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "hubDeposit", tokenAmount)
}

// HubDeposit is a paid mutator transaction binding the contract method 0x1173d8d4.
//
// Solidity: function hubDeposit(uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerSession) HubDeposit(tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubDeposit(&_ChannelManager.TransactOpts, tokenAmount)
}

// HubDeposit is a paid mutator transaction binding the contract method 0x1173d8d4.
//
// Solidity: function hubDeposit(uint256 tokenAmount) payable returns()
func (_ChannelManager *ChannelManagerTransactorSession) HubDeposit(tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubDeposit(&_ChannelManager.TransactOpts, tokenAmount)
}

// HubWithdraw is a paid mutator transaction binding the contract method 0xa4326746.
//
// Solidity: function hubWithdraw(uint256 weiAmount, uint256 tokenAmount) returns()
func (_ChannelManager *ChannelManagerTransactor) HubWithdraw(opts *bind.TransactOpts, weiAmount *big.Int, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "hubWithdraw", weiAmount, tokenAmount)
}

// HubWithdraw is a paid mutator transaction binding the contract method 0xa4326746.
//
// Solidity: function hubWithdraw(uint256 weiAmount, uint256 tokenAmount) returns()
func (_ChannelManager *ChannelManagerSession) HubWithdraw(weiAmount *big.Int, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubWithdraw(&_ChannelManager.TransactOpts, weiAmount, tokenAmount)
}

// HubWithdraw is a paid mutator transaction binding the contract method 0xa4326746.
//
// Solidity: function hubWithdraw(uint256 weiAmount, uint256 tokenAmount) returns()
func (_ChannelManager *ChannelManagerTransactorSession) HubWithdraw(weiAmount *big.Int, tokenAmount *big.Int) (*types.Transaction, error) {
	return _ChannelManager.Contract.HubWithdraw(&_ChannelManager.TransactOpts, weiAmount, tokenAmount)
}

// NukeThreads is a paid mutator transaction binding the contract method 0x2bd24f4a.
//
// Solidity: function nukeThreads(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactor) NukeThreads(opts *bind.TransactOpts, hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "nukeThreads", hub, user)
}

// NukeThreads is a paid mutator transaction binding the contract method 0x2bd24f4a.
//
// Solidity: function nukeThreads(address hub, address user) returns()
func (_ChannelManager *ChannelManagerSession) NukeThreads(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.NukeThreads(&_ChannelManager.TransactOpts, hub, user)
}

// NukeThreads is a paid mutator transaction binding the contract method 0x2bd24f4a.
//
// Solidity: function nukeThreads(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactorSession) NukeThreads(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.NukeThreads(&_ChannelManager.TransactOpts, hub, user)
}

// ResolveLock is a paid mutator transaction binding the contract method 0x14e8c42a.
//
// Solidity: function resolveLock(address hub, address user, (uint256,bool,uint256,uint256,bytes32,uint256) lock, bytes32[] proof) returns()
func (_ChannelManager *ChannelManagerTransactor) ResolveLock(opts *bind.TransactOpts, hub common.Address, user common.Address, lock ChannelTypesLock, proof [][32]byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "resolveLock", hub, user, lock, proof)
}

// ResolveLock is a paid mutator transaction binding the contract method 0x14e8c42a.
//
// Solidity: function resolveLock(address hub, address user, (uint256,bool,uint256,uint256,bytes32,uint256) lock, bytes32[] proof) returns()
func (_ChannelManager *ChannelManagerSession) ResolveLock(hub common.Address, user common.Address, lock ChannelTypesLock, proof [][32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ResolveLock(&_ChannelManager.TransactOpts, hub, user, lock, proof)
}

// ResolveLock is a paid mutator transaction binding the contract method 0x14e8c42a.
//
// Solidity: function resolveLock(address hub, address user, (uint256,bool,uint256,uint256,bytes32,uint256) lock, bytes32[] proof) returns()
func (_ChannelManager *ChannelManagerTransactorSession) ResolveLock(hub common.Address, user common.Address, lock ChannelTypesLock, proof [][32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.ResolveLock(&_ChannelManager.TransactOpts, hub, user, lock, proof)
}

// RevealPreimage is a paid mutator transaction binding the contract method 0xddad333c.
//
// Solidity: function revealPreimage(bytes32 preimage) returns()
func (_ChannelManager *ChannelManagerTransactor) RevealPreimage(opts *bind.TransactOpts, preimage [32]byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "revealPreimage", preimage)
}

// RevealPreimage is a paid mutator transaction binding the contract method 0xddad333c.
//
// Solidity: function revealPreimage(bytes32 preimage) returns()
func (_ChannelManager *ChannelManagerSession) RevealPreimage(preimage [32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.RevealPreimage(&_ChannelManager.TransactOpts, preimage)
}

// RevealPreimage is a paid mutator transaction binding the contract method 0xddad333c.
//
// Solidity: function revealPreimage(bytes32 preimage) returns()
func (_ChannelManager *ChannelManagerTransactorSession) RevealPreimage(preimage [32]byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.RevealPreimage(&_ChannelManager.TransactOpts, preimage)
}

// StartExit is a paid mutator transaction binding the contract method 0x426fc534.
//
// Solidity: function startExit(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExit(opts *bind.TransactOpts, hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExit", hub, user)
}

// StartExit is a paid mutator transaction binding the contract method 0x426fc534.
//
// Solidity: function startExit(address hub, address user) returns()
func (_ChannelManager *ChannelManagerSession) StartExit(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExit(&_ChannelManager.TransactOpts, hub, user)
}

// StartExit is a paid mutator transaction binding the contract method 0x426fc534.
//
// Solidity: function startExit(address hub, address user) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExit(hub common.Address, user common.Address) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExit(&_ChannelManager.TransactOpts, hub, user)
}

// StartExitThread is a paid mutator transaction binding the contract method 0xec4ae969.
//
// Solidity: function startExitThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExitThread(opts *bind.TransactOpts, hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExitThread", hub, user, initial, proof, sigInitial)
}

// StartExitThread is a paid mutator transaction binding the contract method 0xec4ae969.
//
// Solidity: function startExitThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial) returns()
func (_ChannelManager *ChannelManagerSession) StartExitThread(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThread(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial)
}

// StartExitThread is a paid mutator transaction binding the contract method 0xec4ae969.
//
// Solidity: function startExitThread(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExitThread(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThread(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial)
}

// StartExitThreadWithUpdate is a paid mutator transaction binding the contract method 0xe563338c.
//
// Solidity: function startExitThreadWithUpdate(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sigUpdate) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExitThreadWithUpdate(opts *bind.TransactOpts, hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte, update ChannelTypesThreadState, sigUpdate []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExitThreadWithUpdate", hub, user, initial, proof, sigInitial, update, sigUpdate)
}

// StartExitThreadWithUpdate is a paid mutator transaction binding the contract method 0xe563338c.
//
// Solidity: function startExitThreadWithUpdate(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sigUpdate) returns()
func (_ChannelManager *ChannelManagerSession) StartExitThreadWithUpdate(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte, update ChannelTypesThreadState, sigUpdate []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThreadWithUpdate(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial, update, sigUpdate)
}

// StartExitThreadWithUpdate is a paid mutator transaction binding the contract method 0xe563338c.
//
// Solidity: function startExitThreadWithUpdate(address hub, address user, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) initial, bytes32[] proof, bytes sigInitial, (address,address,address,uint256,uint256,uint256,uint256,uint256,uint256) update, bytes sigUpdate) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExitThreadWithUpdate(hub common.Address, user common.Address, initial ChannelTypesThreadState, proof [][32]byte, sigInitial []byte, update ChannelTypesThreadState, sigUpdate []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitThreadWithUpdate(&_ChannelManager.TransactOpts, hub, user, initial, proof, sigInitial, update, sigUpdate)
}

// StartExitWithUpdate is a paid mutator transaction binding the contract method 0x6c546c9f.
//
// Solidity: function startExitWithUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactor) StartExitWithUpdate(opts *bind.TransactOpts, s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "startExitWithUpdate", s, sigHub, sigUser)
}

// StartExitWithUpdate is a paid mutator transaction binding the contract method 0x6c546c9f.
//
// Solidity: function startExitWithUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerSession) StartExitWithUpdate(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitWithUpdate(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// StartExitWithUpdate is a paid mutator transaction binding the contract method 0x6c546c9f.
//
// Solidity: function startExitWithUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub, bytes sigUser) returns()
func (_ChannelManager *ChannelManagerTransactorSession) StartExitWithUpdate(s ChannelTypesChannelState, sigHub []byte, sigUser []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.StartExitWithUpdate(&_ChannelManager.TransactOpts, s, sigHub, sigUser)
}

// UserAuthorizedUpdate is a paid mutator transaction binding the contract method 0xf0c75966.
//
// Solidity: function userAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub) payable returns()
func (_ChannelManager *ChannelManagerTransactor) UserAuthorizedUpdate(opts *bind.TransactOpts, s ChannelTypesChannelState, sigHub []byte) (*types.Transaction, error) {
	return _ChannelManager.contract.Transact(opts, "userAuthorizedUpdate", s, sigHub)
}

// UserAuthorizedUpdate is a paid mutator transaction binding the contract method 0xf0c75966.
//
// Solidity: function userAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub) payable returns()
func (_ChannelManager *ChannelManagerSession) UserAuthorizedUpdate(s ChannelTypesChannelState, sigHub []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.UserAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigHub)
}

// UserAuthorizedUpdate is a paid mutator transaction binding the contract method 0xf0c75966.
//
// Solidity: function userAuthorizedUpdate((address,address,address,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,uint256,bytes32,uint256,bytes32,uint256,uint256,uint256) s, bytes sigHub) payable returns()
func (_ChannelManager *ChannelManagerTransactorSession) UserAuthorizedUpdate(s ChannelTypesChannelState, sigHub []byte) (*types.Transaction, error) {
	return _ChannelManager.Contract.UserAuthorizedUpdate(&_ChannelManager.TransactOpts, s, sigHub)
}

// ChannelManagerChannelEmptiedIterator is returned from FilterChannelEmptied and is used to iterate over the raw logs and unpacked data for ChannelEmptied events raised by the ChannelManager contract.
type ChannelManagerChannelEmptiedIterator struct {
	Event *ChannelManagerChannelEmptied // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerChannelEmptiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerChannelEmptied)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerChannelEmptied)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerChannelEmptiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerChannelEmptiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerChannelEmptied represents a ChannelEmptied event raised by the ChannelManager contract.
type ChannelManagerChannelEmptied struct {
	Hub         common.Address
	User        common.Address
	WeiToUser   *big.Int
	TokenToUser *big.Int
	WeiToHub    *big.Int
	TokenToHub  *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterChannelEmptied is a free log retrieval operation binding the contract event 0xdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d.
//
// Solidity: event ChannelEmptied(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser, uint256 weiToHub, uint256 tokenToHub)
func (_ChannelManager *ChannelManagerFilterer) FilterChannelEmptied(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerChannelEmptiedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ChannelEmptied", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerChannelEmptiedIterator{contract: _ChannelManager.contract, event: "ChannelEmptied", logs: logs, sub: sub}, nil
}

// WatchChannelEmptied is a free log subscription operation binding the contract event 0xdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d.
//
// Solidity: event ChannelEmptied(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser, uint256 weiToHub, uint256 tokenToHub)
func (_ChannelManager *ChannelManagerFilterer) WatchChannelEmptied(opts *bind.WatchOpts, sink chan<- *ChannelManagerChannelEmptied, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ChannelEmptied", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerChannelEmptied)
				if err := _ChannelManager.contract.UnpackLog(event, "ChannelEmptied", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelEmptied is a log parse operation binding the contract event 0xdcd9d851d0a1cf4b5f315853ab8231b092b21811fb70be01e48791cc0ac4ec3d.
//
// Solidity: event ChannelEmptied(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser, uint256 weiToHub, uint256 tokenToHub)
func (_ChannelManager *ChannelManagerFilterer) ParseChannelEmptied(log types.Log) (*ChannelManagerChannelEmptied, error) {
	event := new(ChannelManagerChannelEmptied)
	if err := _ChannelManager.contract.UnpackLog(event, "ChannelEmptied", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerChannelReopenedIterator is returned from FilterChannelReopened and is used to iterate over the raw logs and unpacked data for ChannelReopened events raised by the ChannelManager contract.
type ChannelManagerChannelReopenedIterator struct {
	Event *ChannelManagerChannelReopened // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerChannelReopenedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerChannelReopened)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerChannelReopened)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerChannelReopenedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerChannelReopenedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerChannelReopened represents a ChannelReopened event raised by the ChannelManager contract.
type ChannelManagerChannelReopened struct {
	Hub  common.Address
	User common.Address
	Raw  types.Log // Blockchain specific contextual infos
}

// FilterChannelReopened is a free log retrieval operation binding the contract event 0xc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d34.
//
// Solidity: event ChannelReopened(address indexed hub, address indexed user)
func (_ChannelManager *ChannelManagerFilterer) FilterChannelReopened(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerChannelReopenedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ChannelReopened", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerChannelReopenedIterator{contract: _ChannelManager.contract, event: "ChannelReopened", logs: logs, sub: sub}, nil
}

// WatchChannelReopened is a free log subscription operation binding the contract event 0xc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d34.
//
// Solidity: event ChannelReopened(address indexed hub, address indexed user)
func (_ChannelManager *ChannelManagerFilterer) WatchChannelReopened(opts *bind.WatchOpts, sink chan<- *ChannelManagerChannelReopened, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ChannelReopened", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerChannelReopened)
				if err := _ChannelManager.contract.UnpackLog(event, "ChannelReopened", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelReopened is a log parse operation binding the contract event 0xc58a23edc53980edb0d2b63735eef7d6153d30a76eaa853ced2107872afe1d34.
//
// Solidity: event ChannelReopened(address indexed hub, address indexed user)
func (_ChannelManager *ChannelManagerFilterer) ParseChannelReopened(log types.Log) (*ChannelManagerChannelReopened, error) {
	event := new(ChannelManagerChannelReopened)
	if err := _ChannelManager.contract.UnpackLog(event, "ChannelReopened", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerChannelUpdatedIterator is returned from FilterChannelUpdated and is used to iterate over the raw logs and unpacked data for ChannelUpdated events raised by the ChannelManager contract.
type ChannelManagerChannelUpdatedIterator struct {
	Event *ChannelManagerChannelUpdated // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerChannelUpdatedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerChannelUpdated)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerChannelUpdated)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerChannelUpdatedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerChannelUpdatedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerChannelUpdated represents a ChannelUpdated event raised by the ChannelManager contract.
type ChannelManagerChannelUpdated struct {
	Hub           common.Address
	User          common.Address
	ByHub         bool
	TxCountGlobal *big.Int
	TxCountChain  *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterChannelUpdated is a free log retrieval operation binding the contract event 0xdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c1837.
//
// Solidity: event ChannelUpdated(address indexed hub, address indexed user, bool byHub, uint256 txCountGlobal, uint256 txCountChain)
func (_ChannelManager *ChannelManagerFilterer) FilterChannelUpdated(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerChannelUpdatedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ChannelUpdated", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerChannelUpdatedIterator{contract: _ChannelManager.contract, event: "ChannelUpdated", logs: logs, sub: sub}, nil
}

// WatchChannelUpdated is a free log subscription operation binding the contract event 0xdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c1837.
//
// Solidity: event ChannelUpdated(address indexed hub, address indexed user, bool byHub, uint256 txCountGlobal, uint256 txCountChain)
func (_ChannelManager *ChannelManagerFilterer) WatchChannelUpdated(opts *bind.WatchOpts, sink chan<- *ChannelManagerChannelUpdated, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ChannelUpdated", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerChannelUpdated)
				if err := _ChannelManager.contract.UnpackLog(event, "ChannelUpdated", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseChannelUpdated is a log parse operation binding the contract event 0xdfc459a982bffab70996381f6cd9da6a3cecbfbe843a7761b255025ded6c1837.
//
// Solidity: event ChannelUpdated(address indexed hub, address indexed user, bool byHub, uint256 txCountGlobal, uint256 txCountChain)
func (_ChannelManager *ChannelManagerFilterer) ParseChannelUpdated(log types.Log) (*ChannelManagerChannelUpdated, error) {
	event := new(ChannelManagerChannelUpdated)
	if err := _ChannelManager.contract.UnpackLog(event, "ChannelUpdated", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerClaimedIterator is returned from FilterClaimed and is used to iterate over the raw logs and unpacked data for Claimed events raised by the ChannelManager contract.
type ChannelManagerClaimedIterator struct {
	Event *ChannelManagerClaimed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerClaimedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerClaimed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerClaimed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerClaimedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerClaimedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerClaimed represents a Claimed event raised by the ChannelManager contract.
type ChannelManagerClaimed struct {
	Account     common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterClaimed is a free log retrieval operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterClaimed(opts *bind.FilterOpts, account []common.Address) (*ChannelManagerClaimedIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "Claimed", accountRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerClaimedIterator{contract: _ChannelManager.contract, event: "Claimed", logs: logs, sub: sub}, nil
}

// WatchClaimed is a free log subscription operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchClaimed(opts *bind.WatchOpts, sink chan<- *ChannelManagerClaimed, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "Claimed", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerClaimed)
				if err := _ChannelManager.contract.UnpackLog(event, "Claimed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseClaimed is a log parse operation binding the contract event 0x987d620f307ff6b94d58743cb7a7509f24071586a77759b77c2d4e29f75a2f9a.
//
// Solidity: event Claimed(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParseClaimed(log types.Log) (*ChannelManagerClaimed, error) {
	event := new(ChannelManagerClaimed)
	if err := _ChannelManager.contract.UnpackLog(event, "Claimed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerEIP712DomainChangedIterator is returned from FilterEIP712DomainChanged and is used to iterate over the raw logs and unpacked data for EIP712DomainChanged events raised by the ChannelManager contract.
type ChannelManagerEIP712DomainChangedIterator struct {
	Event *ChannelManagerEIP712DomainChanged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerEIP712DomainChangedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerEIP712DomainChanged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerEIP712DomainChanged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerEIP712DomainChangedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerEIP712DomainChangedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerEIP712DomainChanged represents a EIP712DomainChanged event raised by the ChannelManager contract.
type ChannelManagerEIP712DomainChanged struct {
	Raw types.Log // Blockchain specific contextual infos
}

// FilterEIP712DomainChanged is a free log retrieval operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ChannelManager *ChannelManagerFilterer) FilterEIP712DomainChanged(opts *bind.FilterOpts) (*ChannelManagerEIP712DomainChangedIterator, error) {

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return &ChannelManagerEIP712DomainChangedIterator{contract: _ChannelManager.contract, event: "EIP712DomainChanged", logs: logs, sub: sub}, nil
}

// WatchEIP712DomainChanged is a free log subscription operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ChannelManager *ChannelManagerFilterer) WatchEIP712DomainChanged(opts *bind.WatchOpts, sink chan<- *ChannelManagerEIP712DomainChanged) (event.Subscription, error) {

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "EIP712DomainChanged")
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerEIP712DomainChanged)
				if err := _ChannelManager.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseEIP712DomainChanged is a log parse operation binding the contract event 0x0a6387c9ea3628b88a633bb4f3b151770f70085117a15f9bf3787cda53f13d31.
//
// Solidity: event EIP712DomainChanged()
func (_ChannelManager *ChannelManagerFilterer) ParseEIP712DomainChanged(log types.Log) (*ChannelManagerEIP712DomainChanged, error) {
	event := new(ChannelManagerEIP712DomainChanged)
	if err := _ChannelManager.contract.UnpackLog(event, "EIP712DomainChanged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerExitChallengedIterator is returned from FilterExitChallenged and is used to iterate over the raw logs and unpacked data for ExitChallenged events raised by the ChannelManager contract.
type ChannelManagerExitChallengedIterator struct {
	Event *ChannelManagerExitChallenged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerExitChallengedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerExitChallenged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerExitChallenged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerExitChallengedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerExitChallengedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerExitChallenged represents a ExitChallenged event raised by the ChannelManager contract.
type ChannelManagerExitChallenged struct {
	Hub           common.Address
	User          common.Address
	Challenger    common.Address
	TxCountGlobal *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterExitChallenged is a free log retrieval operation binding the contract event 0xa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f.
//
// Solidity: event ExitChallenged(address indexed hub, address indexed user, address challenger, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) FilterExitChallenged(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerExitChallengedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ExitChallenged", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerExitChallengedIterator{contract: _ChannelManager.contract, event: "ExitChallenged", logs: logs, sub: sub}, nil
}

// WatchExitChallenged is a free log subscription operation binding the contract event 0xa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f.
//
// Solidity: event ExitChallenged(address indexed hub, address indexed user, address challenger, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) WatchExitChallenged(opts *bind.WatchOpts, sink chan<- *ChannelManagerExitChallenged, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ExitChallenged", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerExitChallenged)
				if err := _ChannelManager.contract.UnpackLog(event, "ExitChallenged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExitChallenged is a log parse operation binding the contract event 0xa71e8b24c48195c6ff75921814ea76fccfd324cc23adda4336ad61e873332b0f.
//
// Solidity: event ExitChallenged(address indexed hub, address indexed user, address challenger, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) ParseExitChallenged(log types.Log) (*ChannelManagerExitChallenged, error) {
	event := new(ChannelManagerExitChallenged)
	if err := _ChannelManager.contract.UnpackLog(event, "ExitChallenged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerExitStartedIterator is returned from FilterExitStarted and is used to iterate over the raw logs and unpacked data for ExitStarted events raised by the ChannelManager contract.
type ChannelManagerExitStartedIterator struct {
	Event *ChannelManagerExitStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerExitStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerExitStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerExitStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerExitStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerExitStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerExitStarted represents a ExitStarted event raised by the ChannelManager contract.
type ChannelManagerExitStarted struct {
	Hub           common.Address
	User          common.Address
	Initiator     common.Address
	TxCountGlobal *big.Int
	Raw           types.Log // Blockchain specific contextual infos
}

// FilterExitStarted is a free log retrieval operation binding the contract event 0xcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6.
//
// Solidity: event ExitStarted(address indexed hub, address indexed user, address initiator, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) FilterExitStarted(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerExitStartedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ExitStarted", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerExitStartedIterator{contract: _ChannelManager.contract, event: "ExitStarted", logs: logs, sub: sub}, nil
}

// WatchExitStarted is a free log subscription operation binding the contract event 0xcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6.
//
// Solidity: event ExitStarted(address indexed hub, address indexed user, address initiator, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) WatchExitStarted(opts *bind.WatchOpts, sink chan<- *ChannelManagerExitStarted, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ExitStarted", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerExitStarted)
				if err := _ChannelManager.contract.UnpackLog(event, "ExitStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseExitStarted is a log parse operation binding the contract event 0xcfb37f01eb173b201d8adaadaf18c37a693e2381d26b6ec76efba3fb6ecfd0f6.
//
// Solidity: event ExitStarted(address indexed hub, address indexed user, address initiator, uint256 txCountGlobal)
func (_ChannelManager *ChannelManagerFilterer) ParseExitStarted(log types.Log) (*ChannelManagerExitStarted, error) {
	event := new(ChannelManagerExitStarted)
	if err := _ChannelManager.contract.UnpackLog(event, "ExitStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerHubReserveDepositedIterator is returned from FilterHubReserveDeposited and is used to iterate over the raw logs and unpacked data for HubReserveDeposited events raised by the ChannelManager contract.
type ChannelManagerHubReserveDepositedIterator struct {
	Event *ChannelManagerHubReserveDeposited // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerHubReserveDepositedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerHubReserveDeposited)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerHubReserveDeposited)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerHubReserveDepositedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerHubReserveDepositedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerHubReserveDeposited represents a HubReserveDeposited event raised by the ChannelManager contract.
type ChannelManagerHubReserveDeposited struct {
	Hub         common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterHubReserveDeposited is a free log retrieval operation binding the contract event 0xdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca8.
//
// Solidity: event HubReserveDeposited(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterHubReserveDeposited(opts *bind.FilterOpts, hub []common.Address) (*ChannelManagerHubReserveDepositedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "HubReserveDeposited", hubRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerHubReserveDepositedIterator{contract: _ChannelManager.contract, event: "HubReserveDeposited", logs: logs, sub: sub}, nil
}

// WatchHubReserveDeposited is a free log subscription operation binding the contract event 0xdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca8.
//
// Solidity: event HubReserveDeposited(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchHubReserveDeposited(opts *bind.WatchOpts, sink chan<- *ChannelManagerHubReserveDeposited, hub []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "HubReserveDeposited", hubRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerHubReserveDeposited)
				if err := _ChannelManager.contract.UnpackLog(event, "HubReserveDeposited", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseHubReserveDeposited is a log parse operation binding the contract event 0xdccc31e91c61a9e15076903cc8e1f429fa458f2c72bb9d875bfb272f0089cca8.
//
// Solidity: event HubReserveDeposited(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParseHubReserveDeposited(log types.Log) (*ChannelManagerHubReserveDeposited, error) {
	event := new(ChannelManagerHubReserveDeposited)
	if err := _ChannelManager.contract.UnpackLog(event, "HubReserveDeposited", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerHubReserveWithdrawnIterator is returned from FilterHubReserveWithdrawn and is used to iterate over the raw logs and unpacked data for HubReserveWithdrawn events raised by the ChannelManager contract.
type ChannelManagerHubReserveWithdrawnIterator struct {
	Event *ChannelManagerHubReserveWithdrawn // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerHubReserveWithdrawnIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerHubReserveWithdrawn)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerHubReserveWithdrawn)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerHubReserveWithdrawnIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerHubReserveWithdrawnIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerHubReserveWithdrawn represents a HubReserveWithdrawn event raised by the ChannelManager contract.
type ChannelManagerHubReserveWithdrawn struct {
	Hub         common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterHubReserveWithdrawn is a free log retrieval operation binding the contract event 0xb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea5.
//
// Solidity: event HubReserveWithdrawn(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterHubReserveWithdrawn(opts *bind.FilterOpts, hub []common.Address) (*ChannelManagerHubReserveWithdrawnIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "HubReserveWithdrawn", hubRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerHubReserveWithdrawnIterator{contract: _ChannelManager.contract, event: "HubReserveWithdrawn", logs: logs, sub: sub}, nil
}

// WatchHubReserveWithdrawn is a free log subscription operation binding the contract event 0xb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea5.
//
// Solidity: event HubReserveWithdrawn(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchHubReserveWithdrawn(opts *bind.WatchOpts, sink chan<- *ChannelManagerHubReserveWithdrawn, hub []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "HubReserveWithdrawn", hubRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerHubReserveWithdrawn)
				if err := _ChannelManager.contract.UnpackLog(event, "HubReserveWithdrawn", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseHubReserveWithdrawn is a log parse operation binding the contract event 0xb2e40c42a13f4deffa3812e929a4c5ea5943f185cc540b6b2777804167ce1ea5.
//
// Solidity: event HubReserveWithdrawn(address indexed hub, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParseHubReserveWithdrawn(log types.Log) (*ChannelManagerHubReserveWithdrawn, error) {
	event := new(ChannelManagerHubReserveWithdrawn)
	if err := _ChannelManager.contract.UnpackLog(event, "HubReserveWithdrawn", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerLockResolvedIterator is returned from FilterLockResolved and is used to iterate over the raw logs and unpacked data for LockResolved events raised by the ChannelManager contract.
type ChannelManagerLockResolvedIterator struct {
	Event *ChannelManagerLockResolved // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerLockResolvedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerLockResolved)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerLockResolved)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerLockResolvedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerLockResolvedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerLockResolved represents a LockResolved event raised by the ChannelManager contract.
type ChannelManagerLockResolved struct {
	Hub    common.Address
	User   common.Address
	Leaf   [32]byte
	PaidTo common.Address
	Raw    types.Log // Blockchain specific contextual infos
}

// FilterLockResolved is a free log retrieval operation binding the contract event 0x98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f43.
//
// Solidity: event LockResolved(address indexed hub, address indexed user, bytes32 indexed leaf, address paidTo)
func (_ChannelManager *ChannelManagerFilterer) FilterLockResolved(opts *bind.FilterOpts, hub []common.Address, user []common.Address, leaf [][32]byte) (*ChannelManagerLockResolvedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var leafRule []interface{}
	for _, leafItem := range leaf {
		leafRule = append(leafRule, leafItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "LockResolved", hubRule, userRule, leafRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerLockResolvedIterator{contract: _ChannelManager.contract, event: "LockResolved", logs: logs, sub: sub}, nil
}

// WatchLockResolved is a free log subscription operation binding the contract event 0x98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f43.
//
// Solidity: event LockResolved(address indexed hub, address indexed user, bytes32 indexed leaf, address paidTo)
func (_ChannelManager *ChannelManagerFilterer) WatchLockResolved(opts *bind.WatchOpts, sink chan<- *ChannelManagerLockResolved, hub []common.Address, user []common.Address, leaf [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var leafRule []interface{}
	for _, leafItem := range leaf {
		leafRule = append(leafRule, leafItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "LockResolved", hubRule, userRule, leafRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerLockResolved)
				if err := _ChannelManager.contract.UnpackLog(event, "LockResolved", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseLockResolved is a log parse operation binding the contract event 0x98f3743f968f515ba63b208cc5f4f8bd775088b13985f4be3ab5e4dc21e82f43.
//
// Solidity: event LockResolved(address indexed hub, address indexed user, bytes32 indexed leaf, address paidTo)
func (_ChannelManager *ChannelManagerFilterer) ParseLockResolved(log types.Log) (*ChannelManagerLockResolved, error) {
	event := new(ChannelManagerLockResolved)
	if err := _ChannelManager.contract.UnpackLog(event, "LockResolved", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerPayoutDeferredIterator is returned from FilterPayoutDeferred and is used to iterate over the raw logs and unpacked data for PayoutDeferred events raised by the ChannelManager contract.
type ChannelManagerPayoutDeferredIterator struct {
	Event *ChannelManagerPayoutDeferred // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerPayoutDeferredIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerPayoutDeferred)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerPayoutDeferred)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerPayoutDeferredIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerPayoutDeferredIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerPayoutDeferred represents a PayoutDeferred event raised by the ChannelManager contract.
type ChannelManagerPayoutDeferred struct {
	Account     common.Address
	WeiAmount   *big.Int
	TokenAmount *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterPayoutDeferred is a free log retrieval operation binding the contract event 0x7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b.
//
// Solidity: event PayoutDeferred(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) FilterPayoutDeferred(opts *bind.FilterOpts, account []common.Address) (*ChannelManagerPayoutDeferredIterator, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "PayoutDeferred", accountRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerPayoutDeferredIterator{contract: _ChannelManager.contract, event: "PayoutDeferred", logs: logs, sub: sub}, nil
}

// WatchPayoutDeferred is a free log subscription operation binding the contract event 0x7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b.
//
// Solidity: event PayoutDeferred(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) WatchPayoutDeferred(opts *bind.WatchOpts, sink chan<- *ChannelManagerPayoutDeferred, account []common.Address) (event.Subscription, error) {

	var accountRule []interface{}
	for _, accountItem := range account {
		accountRule = append(accountRule, accountItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "PayoutDeferred", accountRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerPayoutDeferred)
				if err := _ChannelManager.contract.UnpackLog(event, "PayoutDeferred", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePayoutDeferred is a log parse operation binding the contract event 0x7c86fd5f9cc8abfda89664deda801b7cc79d18a447e2b0467e22a8f5f8f1676b.
//
// Solidity: event PayoutDeferred(address indexed account, uint256 weiAmount, uint256 tokenAmount)
func (_ChannelManager *ChannelManagerFilterer) ParsePayoutDeferred(log types.Log) (*ChannelManagerPayoutDeferred, error) {
	event := new(ChannelManagerPayoutDeferred)
	if err := _ChannelManager.contract.UnpackLog(event, "PayoutDeferred", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerPreimageRevealedIterator is returned from FilterPreimageRevealed and is used to iterate over the raw logs and unpacked data for PreimageRevealed events raised by the ChannelManager contract.
type ChannelManagerPreimageRevealedIterator struct {
	Event *ChannelManagerPreimageRevealed // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerPreimageRevealedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerPreimageRevealed)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerPreimageRevealed)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerPreimageRevealedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerPreimageRevealedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerPreimageRevealed represents a PreimageRevealed event raised by the ChannelManager contract.
type ChannelManagerPreimageRevealed struct {
	Hashlock [32]byte
	Preimage [32]byte
	Raw      types.Log // Blockchain specific contextual infos
}

// FilterPreimageRevealed is a free log retrieval operation binding the contract event 0x95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a0.
//
// Solidity: event PreimageRevealed(bytes32 indexed hashlock, bytes32 preimage)
func (_ChannelManager *ChannelManagerFilterer) FilterPreimageRevealed(opts *bind.FilterOpts, hashlock [][32]byte) (*ChannelManagerPreimageRevealedIterator, error) {

	var hashlockRule []interface{}
	for _, hashlockItem := range hashlock {
		hashlockRule = append(hashlockRule, hashlockItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "PreimageRevealed", hashlockRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerPreimageRevealedIterator{contract: _ChannelManager.contract, event: "PreimageRevealed", logs: logs, sub: sub}, nil
}

// WatchPreimageRevealed is a free log subscription operation binding the contract event 0x95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a0.
//
// Solidity: event PreimageRevealed(bytes32 indexed hashlock, bytes32 preimage)
func (_ChannelManager *ChannelManagerFilterer) WatchPreimageRevealed(opts *bind.WatchOpts, sink chan<- *ChannelManagerPreimageRevealed, hashlock [][32]byte) (event.Subscription, error) {

	var hashlockRule []interface{}
	for _, hashlockItem := range hashlock {
		hashlockRule = append(hashlockRule, hashlockItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "PreimageRevealed", hashlockRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerPreimageRevealed)
				if err := _ChannelManager.contract.UnpackLog(event, "PreimageRevealed", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParsePreimageRevealed is a log parse operation binding the contract event 0x95637542c2f0ac62ff9bdf253cf4b8593247ddbd70b6e74103e41964b545e3a0.
//
// Solidity: event PreimageRevealed(bytes32 indexed hashlock, bytes32 preimage)
func (_ChannelManager *ChannelManagerFilterer) ParsePreimageRevealed(log types.Log) (*ChannelManagerPreimageRevealed, error) {
	event := new(ChannelManagerPreimageRevealed)
	if err := _ChannelManager.contract.UnpackLog(event, "PreimageRevealed", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadChallengedIterator is returned from FilterThreadChallenged and is used to iterate over the raw logs and unpacked data for ThreadChallenged events raised by the ChannelManager contract.
type ChannelManagerThreadChallengedIterator struct {
	Event *ChannelManagerThreadChallenged // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadChallengedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadChallenged)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadChallenged)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadChallengedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadChallengedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadChallenged represents a ThreadChallenged event raised by the ChannelManager contract.
type ChannelManagerThreadChallenged struct {
	Hub       common.Address
	User      common.Address
	ThreadKey [32]byte
	TxCount   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterThreadChallenged is a free log retrieval operation binding the contract event 0x46cf538c462dcfb5356cd5e116137ddcbfa8575f8597a3c03aa1d80090ed1e41.
//
// Solidity: event ThreadChallenged(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadChallenged(opts *bind.FilterOpts, hub []common.Address, user []common.Address, threadKey [][32]byte) (*ChannelManagerThreadChallengedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadChallenged", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadChallengedIterator{contract: _ChannelManager.contract, event: "ThreadChallenged", logs: logs, sub: sub}, nil
}

// WatchThreadChallenged is a free log subscription operation binding the contract event 0x46cf538c462dcfb5356cd5e116137ddcbfa8575f8597a3c03aa1d80090ed1e41.
//
// Solidity: event ThreadChallenged(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadChallenged(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadChallenged, hub []common.Address, user []common.Address, threadKey [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadChallenged", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadChallenged)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadChallenged", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadChallenged is a log parse operation binding the contract event 0x46cf538c462dcfb5356cd5e116137ddcbfa8575f8597a3c03aa1d80090ed1e41.
//
// Solidity: event ThreadChallenged(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadChallenged(log types.Log) (*ChannelManagerThreadChallenged, error) {
	event := new(ChannelManagerThreadChallenged)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadChallenged", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadEmptiedIterator is returned from FilterThreadEmptied and is used to iterate over the raw logs and unpacked data for ThreadEmptied events raised by the ChannelManager contract.
type ChannelManagerThreadEmptiedIterator struct {
	Event *ChannelManagerThreadEmptied // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadEmptiedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadEmptied)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadEmptied)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadEmptiedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadEmptiedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadEmptied represents a ThreadEmptied event raised by the ChannelManager contract.
type ChannelManagerThreadEmptied struct {
	Hub         common.Address
	User        common.Address
	ThreadKey   [32]byte
	WeiToUser   *big.Int
	TokenToUser *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterThreadEmptied is a free log retrieval operation binding the contract event 0xf09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744.
//
// Solidity: event ThreadEmptied(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadEmptied(opts *bind.FilterOpts, hub []common.Address, user []common.Address, threadKey [][32]byte) (*ChannelManagerThreadEmptiedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadEmptied", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadEmptiedIterator{contract: _ChannelManager.contract, event: "ThreadEmptied", logs: logs, sub: sub}, nil
}

// WatchThreadEmptied is a free log subscription operation binding the contract event 0xf09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744.
//
// Solidity: event ThreadEmptied(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadEmptied(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadEmptied, hub []common.Address, user []common.Address, threadKey [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadEmptied", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadEmptied)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadEmptied", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadEmptied is a log parse operation binding the contract event 0xf09a45f48787c7564681021d9ca9be5ae5433efea018817505d3349628bcb744.
//
// Solidity: event ThreadEmptied(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadEmptied(log types.Log) (*ChannelManagerThreadEmptied, error) {
	event := new(ChannelManagerThreadEmptied)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadEmptied", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadExitStartedIterator is returned from FilterThreadExitStarted and is used to iterate over the raw logs and unpacked data for ThreadExitStarted events raised by the ChannelManager contract.
type ChannelManagerThreadExitStartedIterator struct {
	Event *ChannelManagerThreadExitStarted // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadExitStartedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadExitStarted)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadExitStarted)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadExitStartedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadExitStartedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadExitStarted represents a ThreadExitStarted event raised by the ChannelManager contract.
type ChannelManagerThreadExitStarted struct {
	Hub       common.Address
	User      common.Address
	ThreadKey [32]byte
	TxCount   *big.Int
	Raw       types.Log // Blockchain specific contextual infos
}

// FilterThreadExitStarted is a free log retrieval operation binding the contract event 0xb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc.
//
// Solidity: event ThreadExitStarted(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadExitStarted(opts *bind.FilterOpts, hub []common.Address, user []common.Address, threadKey [][32]byte) (*ChannelManagerThreadExitStartedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadExitStarted", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadExitStartedIterator{contract: _ChannelManager.contract, event: "ThreadExitStarted", logs: logs, sub: sub}, nil
}

// WatchThreadExitStarted is a free log subscription operation binding the contract event 0xb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc.
//
// Solidity: event ThreadExitStarted(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadExitStarted(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadExitStarted, hub []common.Address, user []common.Address, threadKey [][32]byte) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}
	var threadKeyRule []interface{}
	for _, threadKeyItem := range threadKey {
		threadKeyRule = append(threadKeyRule, threadKeyItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadExitStarted", hubRule, userRule, threadKeyRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadExitStarted)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadExitStarted", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadExitStarted is a log parse operation binding the contract event 0xb4985d6d04033e2fa541feb41b79b0d6472b0dab9905ff9adae1def3e51935cc.
//
// Solidity: event ThreadExitStarted(address indexed hub, address indexed user, bytes32 indexed threadKey, uint256 txCount)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadExitStarted(log types.Log) (*ChannelManagerThreadExitStarted, error) {
	event := new(ChannelManagerThreadExitStarted)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadExitStarted", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}

// ChannelManagerThreadsNukedIterator is returned from FilterThreadsNuked and is used to iterate over the raw logs and unpacked data for ThreadsNuked events raised by the ChannelManager contract.
type ChannelManagerThreadsNukedIterator struct {
	Event *ChannelManagerThreadsNuked // Event containing the contract specifics and raw log

	contract *bind.BoundContract // Generic contract to use for unpacking event data
	event    string              // Event name to use for unpacking event data

	logs chan types.Log        // Log channel receiving the found contract events
	sub  ethereum.Subscription // Subscription for errors, completion and termination
	done bool                  // Whether the subscription completed delivering logs
	fail error                 // Occurred error to stop iteration
}

// Next advances the iterator to the subsequent event, returning whether there
// are any more events found. In case of a retrieval or parsing error, false is
// returned and Error() can be queried for the exact failure.
func (it *ChannelManagerThreadsNukedIterator) Next() bool {
	// If the iterator failed, stop iterating
	if it.fail != nil {
		return false
	}
	// If the iterator completed, deliver directly whatever's available
	if it.done {
		select {
		case log := <-it.logs:
			it.Event = new(ChannelManagerThreadsNuked)
			if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
				it.fail = err
				return false
			}
			it.Event.Raw = log
			return true

		default:
			return false
		}
	}
	// Iterator still in progress, wait for either a data or an error event
	select {
	case log := <-it.logs:
		it.Event = new(ChannelManagerThreadsNuked)
		if err := it.contract.UnpackLog(it.Event, it.event, log); err != nil {
			it.fail = err
			return false
		}
		it.Event.Raw = log
		return true

	case err := <-it.sub.Err():
		it.done = true
		it.fail = err
		return it.Next()
	}
}

// Error returns any retrieval or parsing error occurred during filtering.
func (it *ChannelManagerThreadsNukedIterator) Error() error {
	return it.fail
}

// Close terminates the iteration process, releasing any pending underlying
// resources.
func (it *ChannelManagerThreadsNukedIterator) Close() error {
	it.sub.Unsubscribe()
	return nil
}

// ChannelManagerThreadsNuked represents a ThreadsNuked event raised by the ChannelManager contract.
type ChannelManagerThreadsNuked struct {
	Hub         common.Address
	User        common.Address
	WeiToUser   *big.Int
	TokenToUser *big.Int
	Raw         types.Log // Blockchain specific contextual infos
}

// FilterThreadsNuked is a free log retrieval operation binding the contract event 0x078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f4.
//
// Solidity: event ThreadsNuked(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) FilterThreadsNuked(opts *bind.FilterOpts, hub []common.Address, user []common.Address) (*ChannelManagerThreadsNukedIterator, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.FilterLogs(opts, "ThreadsNuked", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return &ChannelManagerThreadsNukedIterator{contract: _ChannelManager.contract, event: "ThreadsNuked", logs: logs, sub: sub}, nil
}

// WatchThreadsNuked is a free log subscription operation binding the contract event 0x078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f4.
//
// Solidity: event ThreadsNuked(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) WatchThreadsNuked(opts *bind.WatchOpts, sink chan<- *ChannelManagerThreadsNuked, hub []common.Address, user []common.Address) (event.Subscription, error) {

	var hubRule []interface{}
	for _, hubItem := range hub {
		hubRule = append(hubRule, hubItem)
	}
	var userRule []interface{}
	for _, userItem := range user {
		userRule = append(userRule, userItem)
	}

	logs, sub, err := _ChannelManager.contract.WatchLogs(opts, "ThreadsNuked", hubRule, userRule)
	if err != nil {
		return nil, err
	}
	return event.NewSubscription(func(quit <-chan struct{}) error {
		defer sub.Unsubscribe()
		for {
			select {
			case log := <-logs:
				// New log arrived, parse the event and forward to the user
				event := new(ChannelManagerThreadsNuked)
				if err := _ChannelManager.contract.UnpackLog(event, "ThreadsNuked", log); err != nil {
					// If the signature doesn't match, skip this log.
					if errors.Is(err, bind.ErrEventSignatureMismatch) {
						continue
					}
					return err
				}
				event.Raw = log

				select {
				case sink <- event:
				case err := <-sub.Err():
					return err
				case <-quit:
					return nil
				}
			case err := <-sub.Err():
				return err
			case <-quit:
				return nil
			}
		}
	}), nil
}

// ParseThreadsNuked is a log parse operation binding the contract event 0x078f41046b927c29937ec5779910249f8ab146112602fd6e50f71671bdc358f4.
//
// Solidity: event ThreadsNuked(address indexed hub, address indexed user, uint256 weiToUser, uint256 tokenToUser)
func (_ChannelManager *ChannelManagerFilterer) ParseThreadsNuked(log types.Log) (*ChannelManagerThreadsNuked, error) {
	event := new(ChannelManagerThreadsNuked)
	if err := _ChannelManager.contract.UnpackLog(event, "ThreadsNuked", log); err != nil {
		return nil, err
	}
	event.Raw = log
	return event, nil
}
